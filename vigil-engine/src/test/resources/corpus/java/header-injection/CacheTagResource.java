// vigil-expect: vulnerable cwe=113
// case: custom header from a request header value
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/header/cache-tag")
public class CacheTagResource {
  @POST
  public void handle(@FormParam("lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    response.addHeader("X-Cache-Tag", "tenant-" + lang);
  }
}
