// vigil-expect: vulnerable cwe=79
// case: PrintWriter.format with the value
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/xss/writer-format")
public class WriterFormatResource {
  @GET
  public void handle(@QueryParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html");
    response.getWriter().format("<div class=\"greeting\">Hello %s</div>", query);
  }
}
