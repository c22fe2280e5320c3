// vigil-expect: vulnerable cwe=78
// case: input split into arguments
package corpus.cmdi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

@Path("/cmdi/split-args")
public class SplitArgsResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  @Path("/{host}")
  public void handle(@PathParam("host") String host)
      throws IOException {
    String[] extra = host.split(",");
    List<String> cmd = new ArrayList<>(List.of("rsync", "-a"));
    for (String arg : extra) {
      cmd.add(arg);
    }
    new ProcessBuilder(cmd).start();
  }
}
