// vigil-expect: safe cwe=643
// case: a parsed page number computes the position bound
package corpus.xpath;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@Path("/feed")
public class PagePositionResource {
  private static final int PAGE_SIZE = 20;
  private Document feed;

  @GET
  public int page(@QueryParam("page") String page) throws XPathExpressionException {
    int number = Integer.parseInt(page);
    String expression = "//entry[position() > " + (number * PAGE_SIZE) + " and position() <= "
        + ((number + 1) * PAGE_SIZE) + "]";
    NodeList entries = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate(expression, feed, XPathConstants.NODESET);
    return entries.getLength();
  }
}
