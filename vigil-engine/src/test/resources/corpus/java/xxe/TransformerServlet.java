// vigil-expect: vulnerable cwe=611
// case: default TransformerFactory transforms the input
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

@WebServlet("/xxe/transformer")
public class TransformerServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String xml = request.getHeader("X-Xml");
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.transform(new StreamSource(new StringReader(xml)), new StreamResult(response.getWriter()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
