// vigil-expect: vulnerable cwe=79
// case: value travels through an array element
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/array-element")
public class ArrayElementResource {
  @GET
  public void handle(@HeaderParam("X-Q") String query, @Context HttpServletResponse response)
      throws IOException {
    String[] parts = new String[] {"Welcome", query};
    response.getWriter().println("<p>" + parts[0] + ", " + parts[1] + "</p>");
  }
}
