// vigil-expect: safe cwe=79
// case: Jsoup.clean with a basic safelist
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/jsoup-clean")
public class JsoupCleanResource {
  @GET
  public void handle(@HeaderParam("X-Q") String query, @Context HttpServletResponse response)
      throws IOException {
    String safe = org.jsoup.Jsoup.clean(query, org.jsoup.safety.Safelist.basic());
    response.getWriter().println("<div class=\"bio\">" + safe + "</div>");
  }
}
