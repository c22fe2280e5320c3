// vigil-expect: safe cwe=643
// case: the name is bound as an XPath variable through a lambda resolver
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class LambdaVariableResolver extends HttpServlet {
  private Document users;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setXPathVariableResolver(variable -> name);
    try {
      resp.getWriter().print(xpath.evaluate("//user[@name=$name]/email", users));
    } catch (XPathExpressionException e) {
      resp.sendError(400);
    }
  }
}
