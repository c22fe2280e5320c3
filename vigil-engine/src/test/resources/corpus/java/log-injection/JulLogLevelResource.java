// vigil-expect: vulnerable cwe=117
// case: java.util.logging Logger.log with a level
package corpus.logi;

import java.io.IOException;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/jul-log-level")
public class JulLogLevelResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @POST
  public void handle(@FormParam("user") String user)
      throws IOException {
    java.util.logging.Logger.getLogger("orders").log(java.util.logging.Level.WARNING, "Rejected coupon " + user);
  }
}
