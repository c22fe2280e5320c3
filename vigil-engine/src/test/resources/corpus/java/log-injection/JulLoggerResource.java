// vigil-expect: vulnerable cwe=117
// case: java.util.logging with the value
package corpus.logi;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/jul-logger")
public class JulLoggerResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GET
  public void handle(@QueryParam("user") String user, @Context HttpServletResponse response)
      throws IOException {
    java.util.logging.Logger.getLogger("access").info("Download by " + user);
    response.setStatus(200);
  }
}
