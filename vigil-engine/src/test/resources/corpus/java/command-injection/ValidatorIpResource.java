// vigil-expect: safe cwe=78
// case: Commons Validator accepts only an IP address
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/cmdi/validator-ip")
public class ValidatorIpResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  @Path("/{host}")
  public void handle(@PathParam("host") String host, @Context HttpServletResponse response)
      throws IOException {
    if (!org.apache.commons.validator.routines.InetAddressValidator.getInstance().isValid(host)) {
      response.sendError(400);
      return;
    }
    new ProcessBuilder("ping", "-c", "1", host).start();
  }
}
