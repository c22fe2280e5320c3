// vigil-expect: safe cwe=643
// case: value must match a strict SKU pattern
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

@Path("/xpath/regex-checked")
public class RegexCheckedResource {
  private Document accounts;

  @GET
  @Path("/{login}")
  public void handle(@PathParam("login") String login, @Context HttpServletResponse response)
      throws IOException {
    if (!login.matches("[A-Z0-9-]{1,20}")) {
      response.sendError(400);
      return;
    }
    try {
      response.getWriter().print(XPathFactory.newInstance().newXPath()
          .evaluate("//item[@sku='" + login + "']/price", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
