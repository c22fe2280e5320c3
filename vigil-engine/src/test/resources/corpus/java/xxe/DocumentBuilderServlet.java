// vigil-expect: vulnerable cwe=611
// case: default DocumentBuilderFactory parses the request body
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@WebServlet("/xxe/document-builder")
public class DocumentBuilderServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String xml = request.getParameter("xml");
    try {
      DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
      Document doc = builder.parse(new InputSource(new StringReader(xml)));
      response.getWriter().print(doc.getDocumentElement().getNodeName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
