// vigil-expect: safe cwe=117
// case: log reads the key holding a constant
package corpus.logi;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/map-other-key")
public class MapOtherKeyResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GET
  public void handle(@QueryParam("user") String user)
      throws IOException {
    Map<String, String> ctx = new HashMap<>();
    ctx.put("user", user);
    ctx.put("tenant", "acme");
    log.info("tenant " + ctx.get("tenant"));
  }
}
