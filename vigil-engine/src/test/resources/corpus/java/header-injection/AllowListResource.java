// vigil-expect: safe cwe=113
// case: language must be one of the supported set
package corpus.header;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/header/allow-list")
public class AllowListResource {
  @GET
  public void handle(@HeaderParam("X-Lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    if (!SUPPORTED.contains(lang)) {
      response.sendError(400);
      return;
    }
    response.setHeader("Content-Language", lang);
  }

  private static final Set<String> SUPPORTED = Set.of("en", "de", "fr");
}
