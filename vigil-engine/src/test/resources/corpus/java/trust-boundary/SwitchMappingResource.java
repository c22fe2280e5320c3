// vigil-expect: safe cwe=501
// case: switch maps the input to constants
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/trust/switch-mapping")
public class SwitchMappingResource {
  @GET
  public void handle(@QueryParam("role") String role, @Context HttpServletRequest request)
      throws IOException {
    String theme;
    switch (role) {
      case "dark":
        theme = "dark";
        break;
      default:
        theme = "light";
    }
    request.getSession().setAttribute("theme", theme);
  }
}
