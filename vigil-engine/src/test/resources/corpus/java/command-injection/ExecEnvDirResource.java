// vigil-expect: vulnerable cwe=78
// case: Runtime.exec with environment and directory
package corpus.cmdi;

import java.io.File;
import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/cmdi/exec-env-dir")
public class ExecEnvDirResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @POST
  public void handle(@FormParam("host") String host, @Context HttpServletResponse response)
      throws IOException {
    Process p = Runtime.getRuntime().exec("git log --author=" + host, null, new File("/srv/repo"));
    response.getWriter().print(new String(p.getInputStream().readAllBytes()));
  }
}
