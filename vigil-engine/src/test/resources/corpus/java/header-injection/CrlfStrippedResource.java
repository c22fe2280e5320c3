// vigil-expect: safe cwe=113
// case: CR and LF removed before the header
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/header/crlf-stripped")
public class CrlfStrippedResource {
  @GET
  @Path("/{lang}")
  public void handle(@PathParam("lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Theme", lang.replaceAll("[\r\n]", ""));
  }
}
