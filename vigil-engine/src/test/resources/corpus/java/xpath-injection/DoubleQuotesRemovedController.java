// vigil-expect: vulnerable cwe=643
// case: removing double quotes does not help inside single quotes
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xpath/double-quotes-removed")
public class DoubleQuotesRemovedController {
  private Document accounts;

  @GetMapping
  public void handle(@CookieValue("login") String login, HttpServletResponse response)
      throws IOException {
    String key = login.replace("\"", "");
    try {
      response.getWriter().print(XPathFactory.newInstance().newXPath()
          .evaluate("/users/user[name='" + key + "']/role", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
