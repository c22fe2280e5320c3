// vigil-expect: safe cwe=117
// case: control characters replaced before logging
package corpus.logi;

import java.io.IOException;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/control-chars-removed")
public class ControlCharsRemovedResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GET
  public void handle(@HeaderParam("X-User") String user)
      throws IOException {
    log.info("export requested by {}", user.replaceAll("\\p{Cntrl}", "?"));
  }
}
