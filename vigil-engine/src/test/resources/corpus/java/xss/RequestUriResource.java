// vigil-expect: vulnerable cwe=79
// case: the request URI echoed into a 404 page
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/xss/request-uri")
public class RequestUriResource {
  @GET
  @Path("/{q}")
  public void handle(@PathParam("q") String query, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    response.setStatus(404);
    response.getWriter().println("<p>No page at " + request.getRequestURI() + " (" + query.length() + ")</p>");
  }
}
