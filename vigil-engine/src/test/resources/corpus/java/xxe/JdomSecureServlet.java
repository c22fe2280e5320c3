// vigil-expect: safe cwe=611
// case: JDOM SAXBuilder with doctype disallowed
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jdom2.input.SAXBuilder;
import org.w3c.dom.Document;

@WebServlet("/xxe/jdom-secure")
public class JdomSecureServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String xml = request.getHeader("X-Xml");
    try {
      SAXBuilder builder = new SAXBuilder();
      builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.jdom2.Document doc = builder.build(new StringReader(xml));
      response.getWriter().print(doc.getRootElement().getName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
