// vigil-expect: vulnerable cwe=78
// case: Runtime.exec with an argument array whose script contains input
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/cmdi/exec-array")
public class ExecArrayResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  public void handle(@QueryParam("host") String host, @Context HttpServletResponse response)
      throws IOException {
    String[] cmd = {"/bin/bash", "-c", "dig +short " + host};
    Process p = Runtime.getRuntime().exec(cmd);
    response.getWriter().print(new String(p.getInputStream().readAllBytes()));
  }
}
