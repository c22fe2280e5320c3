// vigil-expect: safe cwe=643
// case: the value is bound through an XPathVariableResolver
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xpath/variable-resolver")
public class VariableResolverController {
  private Document accounts;

  @GetMapping
  public void handle(@RequestHeader("X-Login") String login, HttpServletResponse response)
      throws IOException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setXPathVariableResolver((QName name) -> "login".equals(name.getLocalPart()) ? login : null);
    try {
      response.getWriter().print(xpath.evaluate("/accounts/account[@login=$login]/role", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
