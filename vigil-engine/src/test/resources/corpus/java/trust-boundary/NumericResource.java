// vigil-expect: safe cwe=501
// case: only a parsed integer is stored
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/trust/numeric")
public class NumericResource {
  @GET
  public void handle(@HeaderParam("X-Role") String role, @Context HttpServletRequest request)
      throws IOException {
    int pageSize = Integer.parseInt(role);
    request.getSession().setAttribute("pageSize", pageSize);
  }
}
