// vigil-expect: vulnerable cwe=501
// case: the whole parameter map stored in the session
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/trust/parameter-map")
public class ParameterMapResource {
  @POST
  public void handle(@FormParam("role") String role, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    request.getSession().setAttribute("lastSearch", request.getParameterMap());
    response.setStatus(204);
    response.getWriter().print(role.length());
  }
}
