// vigil-expect: vulnerable cwe=643
// case: helper method evaluates its argument
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xpath/helper-query")
public class HelperQueryController {
  private Document accounts;

  @GetMapping("/{login}")
  public void handle(@PathVariable("login") String login, HttpServletResponse response)
      throws IOException {
    response.getWriter().print(lookup("/accounts/account[@login='" + login + "']/email"));
  }

  private String lookup(String expression) {
    try {
      return XPathFactory.newInstance().newXPath().evaluate(expression, accounts);
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
