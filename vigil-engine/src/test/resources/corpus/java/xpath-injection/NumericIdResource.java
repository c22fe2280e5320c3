// vigil-expect: safe cwe=643
// case: numeric id parsed before use
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@Path("/xpath/numeric-id")
public class NumericIdResource {
  private Document accounts;

  @GET
  @Path("/{login}")
  public void handle(@PathParam("login") String login, @Context HttpServletResponse response)
      throws IOException {
    int id = Integer.parseInt(login);
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("/accounts/account[@id=" + id + "]/role", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
