// vigil-expect: safe cwe=643
// case: tainted value only in the dead else branch
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
@RequestMapping("/xpath/dead-branch")
public class DeadBranchController {
  private Document accounts;

  @GetMapping
  public void handle(@CookieValue("login") String login, HttpServletResponse response)
      throws IOException {
    String who;
    if ((7 * 42) - 86 > 200) {
      who = "guest";
    } else {
      who = login;
    }
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("//user[name='" + who + "']/id", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
