// vigil-expect: safe cwe=643
// case: the category goes through Enum.valueOf, so only a constant name reaches the expression
package corpus.xpath;

import java.util.Locale;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
public class EnumCategoryController {
  enum Category { BOOKS, MUSIC, GAMES }

  private final Document products;

  public EnumCategoryController(Document products) {
    this.products = products;
  }

  @GetMapping("/products/count")
  public int count(@RequestParam String category) throws XPathExpressionException {
    Category chosen = Category.valueOf(category.toUpperCase(Locale.ROOT));
    String expression = "//product[@category='" + chosen.name().toLowerCase(Locale.ROOT) + "']";
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate(expression, products, XPathConstants.NODESET);
    return nodes.getLength();
  }
}
