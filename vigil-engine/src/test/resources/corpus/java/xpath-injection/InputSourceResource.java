// vigil-expect: vulnerable cwe=643
// case: evaluate over an InputSource with a concatenated expression
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

@Path("/xpath/input-source")
public class InputSourceResource {
  private Document accounts;

  @POST
  public void handle(@FormParam("login") String login, @Context HttpServletResponse response)
      throws IOException {
    try {
      String city = XPathFactory.newInstance().newXPath().evaluate(
          "/stores/store[@code='" + login + "']/city",
          new org.xml.sax.InputSource(getClass().getResourceAsStream("/stores.xml")));
      response.getWriter().print(city);
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
