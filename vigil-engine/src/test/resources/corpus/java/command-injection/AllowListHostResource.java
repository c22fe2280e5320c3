// vigil-expect: safe cwe=78
// case: host checked against a constant allow-list
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/cmdi/allow-list-host")
public class AllowListHostResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  public void handle(@HeaderParam("X-Host") String host, @Context HttpServletResponse response)
      throws IOException {
    if (!KNOWN_HOSTS.contains(host)) {
      response.sendError(403);
      return;
    }
    Process p = Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", host});
    response.getWriter().print(p.isAlive());
  }
}
