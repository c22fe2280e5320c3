// vigil-expect: safe cwe=611
// case: the disallow-doctype feature is named by a constant
package corpus.xxe;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class DisallowDoctypeConstant extends HttpServlet {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try (InputStream body = req.getInputStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setXIncludeAware(false);
      Document document = factory.newDocumentBuilder().parse(body);
      resp.getWriter().print(document.getDocumentElement().getTagName());
    } catch (Exception e) {
      resp.sendError(400);
    }
  }
}
