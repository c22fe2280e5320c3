// vigil-expect: vulnerable cwe=79
// case: always-true constant condition keeps the tainted value
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/xss/live-branch")
public class LiveBranchResource {
  @GET
  @Path("/{q}")
  public void handle(@PathParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    String shown = "nothing";
    if ((7 * 42) - 86 > 200) {
      shown = query;
    }
    response.getWriter().println("<b>" + shown + "</b>");
  }
}
