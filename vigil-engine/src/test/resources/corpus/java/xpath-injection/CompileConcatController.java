// vigil-expect: vulnerable cwe=643
// case: XPath.compile with the input
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@Controller
@RequestMapping("/xpath/compile-concat")
public class CompileConcatController {
  private Document accounts;

  @GetMapping
  public void handle(@RequestParam("login") String login, HttpServletResponse response)
      throws IOException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    try {
      XPathExpression expr = xpath.compile("//account[login/text()='" + login + "']");
      NodeList nodes = (NodeList) expr.evaluate(accounts, XPathConstants.NODESET);
      response.getWriter().print(nodes.getLength());
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
