// vigil-expect: safe cwe=643
// case: ternary picks between two constants
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@Path("/xpath/ternary-constant")
public class TernaryConstantResource {
  private Document accounts;

  @GET
  public void handle(@QueryParam("login") String login, @Context HttpServletResponse response)
      throws IOException {
    String sort = "desc".equals(login) ? "descending" : "ascending";
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("/views/view[@order='" + sort + "']/name", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
