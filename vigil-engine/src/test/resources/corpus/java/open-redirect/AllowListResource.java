// vigil-expect: safe cwe=601
// case: target must be one of the known pages
package corpus.redirect;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/redirect/allow-list")
public class AllowListResource {
  @GET
  @Path("/{next}")
  public void handle(@PathParam("next") String next, @Context HttpServletResponse response)
      throws IOException {
    if (ALLOWED.contains(next)) {
      response.sendRedirect(next);
    } else {
      response.sendRedirect("/home");
    }
  }

  private static final Set<String> ALLOWED = Set.of("/home", "/orders", "/account");
}
