// vigil-expect: vulnerable cwe=643
// case: String.join assembles the expression around a path variable
package corpus.xpath;

import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

@RestController
public class JoinedSkuController {
  private final Document catalog;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  public JoinedSkuController(Document catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/catalog/{sku}/price")
  public String price(@PathVariable String sku) throws XPathExpressionException {
    String expr = String.join("", "/catalog/item[@sku='", sku, "']/price");
    Node node = (Node) xpath.compile(expr).evaluate(catalog, XPathConstants.NODE);
    return node == null ? "" : node.getTextContent();
  }
}
