// vigil-expect: vulnerable cwe=643
// case: comma-separated categories joined into a predicate with a stream collector
package corpus.xpath;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@Path("/products")
public class StreamJoinedCategories {
  private Document products;

  @GET
  public int count(@QueryParam("categories") String categories) throws XPathExpressionException {
    String expression = Stream.of(categories.split(","))
        .map(c -> "@category='" + c.strip() + "'")
        .collect(Collectors.joining(" or ", "//product[", "]"));
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate(expression, products, XPathConstants.NODESET);
    return nodes.getLength();
  }
}
