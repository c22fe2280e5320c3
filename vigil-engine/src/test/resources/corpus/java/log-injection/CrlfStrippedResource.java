// vigil-expect: safe cwe=117
// case: line breaks replaced before logging
package corpus.logi;

import java.io.IOException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/crlf-stripped")
public class CrlfStrippedResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GET
  @Path("/{user}")
  public void handle(@PathParam("user") String user)
      throws IOException {
    String clean = user.replaceAll("[\r\n]", "_");
    log.info("Login failed for user " + clean);
  }
}
