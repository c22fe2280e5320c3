// vigil-expect: vulnerable cwe=601
// case: redirect after login to the 'next' value
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/redirect/after-login")
public class AfterLoginResource {
  @POST
  public void handle(@QueryParam("next") String next, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    if (request.getSession().getAttribute("user") != null) {
      response.sendRedirect(next);
      return;
    }
    response.sendRedirect("/login");
  }
}
