// vigil-expect: safe cwe=79
// case: only a boolean derived from the value is printed
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/boolean-flag")
public class BooleanFlagResource {
  @GET
  public void handle(@HeaderParam("X-Q") String query, @Context HttpServletResponse response)
      throws IOException {
    boolean empty = query.isBlank();
    response.getWriter().print("<p>empty: " + empty + "</p>");
  }
}
