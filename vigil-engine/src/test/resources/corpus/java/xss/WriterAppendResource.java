// vigil-expect: vulnerable cwe=79
// case: PrintWriter.append with the value
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/writer-append")
public class WriterAppendResource {
  @POST
  public void handle(@FormParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html");
    response.getWriter().append("<p>").append(query).append("</p>");
  }
}
