// vigil-expect: safe cwe=501
// case: a server-side counter is stored
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/trust/counter")
public class CounterResource {
  @GET
  @Path("/{role}")
  public void handle(@PathParam("role") String role, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    Integer visits = (Integer) request.getSession().getAttribute("visits");
    request.getSession().setAttribute("visits", visits == null ? 1 : visits + 1);
    response.getWriter().print(role.isEmpty());
  }
}
