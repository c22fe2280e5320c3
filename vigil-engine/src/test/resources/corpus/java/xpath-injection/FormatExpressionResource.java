// vigil-expect: vulnerable cwe=643
// case: String.format builds the expression
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@Path("/xpath/format-expression")
public class FormatExpressionResource {
  private Document accounts;

  @GET
  public void handle(@QueryParam("login") String login, @Context HttpServletResponse response)
      throws IOException {
    String expression = String.format("count(//order[customer='%s'])", login);
    try {
      Double n = (Double) XPathFactory.newInstance().newXPath()
          .evaluate(expression, accounts, XPathConstants.NUMBER);
      response.getWriter().print(n.intValue());
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
