// vigil-expect: vulnerable cwe=501
// case: the attribute name comes from the request
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/trust/attribute-name")
public class AttributeNameResource {
  @GET
  public void handle(@QueryParam("role") String role, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    request.getSession().setAttribute(role, Boolean.TRUE);
    response.setStatus(204);
  }
}
