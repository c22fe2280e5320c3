// vigil-expect: safe cwe=117
// case: only a parsed id is logged
package corpus.logi;

import java.io.IOException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/parsed-id")
public class ParsedIdResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GET
  @Path("/{user}")
  public void handle(@PathParam("user") String user)
      throws IOException {
    log.info("Failed login for account {}", Long.parseLong(user));
  }
}
