// vigil-expect: vulnerable cwe=78
// case: a command list of bash -lc whose script string carries the directory from the request
package corpus.cmdi2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

@Path("/backups")
public class BackupBashListResource {
  @POST
  public Response backup(@QueryParam("dir") String dir) throws IOException {
    List<String> command = new ArrayList<>(List.of("/bin/bash", "-lc"));
    command.add("tar czf /var/backups/site.tgz " + dir);
    Process p = new ProcessBuilder(command).inheritIO().start();
    return Response.accepted(p.pid()).build();
  }
}
