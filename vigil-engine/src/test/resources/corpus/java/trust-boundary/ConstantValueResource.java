// vigil-expect: safe cwe=501
// case: a constant is stored; the input only decides whether
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/trust/constant-value")
public class ConstantValueResource {
  @GET
  @Path("/{role}")
  public void handle(@PathParam("role") String role, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    if (role != null && !role.isEmpty()) {
      request.getSession().setAttribute("hasRole", Boolean.TRUE);
    }
    response.setStatus(204);
  }
}
