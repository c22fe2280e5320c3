// vigil-expect: vulnerable cwe=113
// case: download file name in Content-Disposition
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/header/content-disposition")
public class ContentDispositionResource {
  @GET
  public void handle(@QueryParam("lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    response.setContentType("application/octet-stream");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + lang + "\"");
  }
}
