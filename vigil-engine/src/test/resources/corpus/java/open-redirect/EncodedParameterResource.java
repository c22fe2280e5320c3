// vigil-expect: safe cwe=601
// case: input only encoded into the query of a fixed path
package corpus.redirect;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/redirect/encoded-parameter")
public class EncodedParameterResource {
  @GET
  public void handle(@HeaderParam("X-Next") String next, @Context HttpServletResponse response)
      throws IOException {
    response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }
}
