// vigil-expect: vulnerable cwe=601
// case: helper performs the redirect
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/redirect/helper-redirect")
public class HelperRedirectResource {
  @POST
  public void handle(@FormParam("next") String next, @Context HttpServletResponse response)
      throws IOException {
    go(response, next);
  }

  private void go(javax.servlet.http.HttpServletResponse res, String target) throws IOException {
    res.sendRedirect(target);
  }
}
