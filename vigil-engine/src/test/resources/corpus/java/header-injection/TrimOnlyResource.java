// vigil-expect: vulnerable cwe=113
// case: trim removes only leading and trailing whitespace
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/header/trim-only")
public class TrimOnlyResource {
  @POST
  public void handle(@FormParam("lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Theme", lang.trim());
  }
}
