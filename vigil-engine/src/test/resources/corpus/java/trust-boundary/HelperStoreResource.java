// vigil-expect: vulnerable cwe=501
// case: a helper stores the value
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/trust/helper-store")
public class HelperStoreResource {
  @POST
  public void handle(@FormParam("role") String role, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    remember(request.getSession(), role);
    response.setStatus(204);
  }

  private void remember(HttpSession session, String value) {
    session.setAttribute("lastRole", value);
  }
}
