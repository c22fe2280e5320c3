// vigil-expect: safe cwe=113
// case: value overwritten before the header
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/header/overwritten")
public class OverwrittenResource {
  @GET
  public void handle(@QueryParam("lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    String value = lang;
    value = "en-GB";
    response.setHeader("Content-Language", value);
  }
}
