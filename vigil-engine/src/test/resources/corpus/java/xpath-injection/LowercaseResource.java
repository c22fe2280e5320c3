// vigil-expect: vulnerable cwe=643
// case: lower-casing does not sanitise
package corpus.xpath;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@Path("/xpath/lowercase")
public class LowercaseResource {
  private Document accounts;

  @POST
  public void handle(@FormParam("login") String login, @Context HttpServletResponse response)
      throws IOException {
    String key = login.toLowerCase();
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("//user[name='" + key + "']/id", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
