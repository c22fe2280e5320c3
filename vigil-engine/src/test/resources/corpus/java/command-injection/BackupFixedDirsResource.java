// vigil-expect: safe cwe=78
// case: the request picks a key; the directory comes from a constant map and unknown keys are rejected
package corpus.cmdi2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

@Path("/backups-fixed")
public class BackupFixedDirsResource {
  private static final Map<String, String> DIRS = Map.of(
      "uploads", "/srv/app/uploads",
      "config", "/srv/app/config");

  @POST
  public Response backup(@QueryParam("what") String what) throws IOException {
    String dir = DIRS.get(what);
    if (dir == null) {
      return Response.status(404).build();
    }
    List<String> command = new ArrayList<>(List.of("/bin/bash", "-lc"));
    command.add("tar czf /var/backups/site.tgz " + dir);
    Process p = new ProcessBuilder(command).inheritIO().start();
    return Response.accepted(p.pid()).build();
  }
}
