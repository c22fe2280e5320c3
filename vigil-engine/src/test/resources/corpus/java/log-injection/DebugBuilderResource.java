// vigil-expect: safe cwe=117
// case: StringBuilder message at debug level (relabelled safe for issue 11: a DEBUG line is not written by a default deployment)
package corpus.logi;

import java.io.IOException;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/debug-builder")
public class DebugBuilderResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @POST
  public void handle(@FormParam("user") String user)
      throws IOException {
    StringBuilder sb = new StringBuilder("search by ");
    sb.append(user).append(" took ").append(12).append("ms");
    log.debug(sb.toString());
  }
}
