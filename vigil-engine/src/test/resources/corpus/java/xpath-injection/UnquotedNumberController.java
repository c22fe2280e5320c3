// vigil-expect: vulnerable cwe=643
// case: attribute compared without quotes
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xpath/unquoted-number")
public class UnquotedNumberController {
  private Document accounts;

  @GetMapping
  public void handle(@RequestHeader("X-Login") String login, HttpServletResponse response)
      throws IOException {
    try {
      response.getWriter().print(XPathFactory.newInstance().newXPath()
          .compile("//item[@sku=" + login + "]/price").evaluate(accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
