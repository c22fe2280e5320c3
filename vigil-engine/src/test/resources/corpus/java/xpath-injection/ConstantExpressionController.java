// vigil-expect: safe cwe=643
// case: constant expression; input only compared in Java
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xpath/constant-expression")
public class ConstantExpressionController {
  private Document accounts;

  @GetMapping
  public void handle(@RequestParam("login") String login, HttpServletResponse response)
      throws IOException {
    try {
      String owner = XPathFactory.newInstance().newXPath().evaluate("/accounts/@owner", accounts);
      response.getWriter().print(owner.equals(login));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
