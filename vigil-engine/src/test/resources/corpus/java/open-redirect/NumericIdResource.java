// vigil-expect: safe cwe=601
// case: only a parsed id reaches the redirect
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/redirect/numeric-id")
public class NumericIdResource {
  @GET
  public void handle(@QueryParam("next") String next, @Context HttpServletResponse response)
      throws IOException {
    long orderId = Long.parseLong(next);
    response.sendRedirect("/orders/" + orderId);
  }
}
