// vigil-expect: safe cwe=643
// case: input overwritten before building the expression
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xpath/overwritten")
public class OverwrittenController {
  private Document accounts;

  @PostMapping
  public void handle(@RequestBody String login, HttpServletResponse response)
      throws IOException {
    String who = login;
    who = "admin";
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("//user[name='" + who + "']/id", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
