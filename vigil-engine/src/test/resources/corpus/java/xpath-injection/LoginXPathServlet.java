// vigil-expect: vulnerable cwe=643
// case: user name and password concatenated into an XPath login check
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class LoginXPathServlet extends HttpServlet {
  private Document users;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    String pass = req.getParameter("pass");
    XPath xpath = XPathFactory.newInstance().newXPath();
    try {
      String role = xpath.evaluate(
          "//user[@name='" + name + "' and @pass='" + pass + "']/@role", users);
      resp.getWriter().print(role.isEmpty() ? "denied" : role);
    } catch (XPathExpressionException e) {
      resp.sendError(400);
    }
  }
}
