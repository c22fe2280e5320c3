// vigil-expect: vulnerable cwe=601
// case: redirect back to the Referer header
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/redirect/referer-redirect")
public class RefererRedirectResource {
  @POST
  public void handle(@FormParam("next") String next, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    String back = request.getHeader("Referer");
    response.sendRedirect(back != null ? back : "/" + next.length());
  }
}
