// vigil-expect: safe cwe=78
// case: the tainted element is removed before the command is built
package corpus.cmdi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

@Path("/cmdi/list-removed")
public class ListRemovedResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @POST
  public void handle(@FormParam("host") String host)
      throws IOException {
    List<String> args = new ArrayList<>();
    args.add(host);
    args.add("localhost");
    args.remove(0);
    new ProcessBuilder("ping", "-c", "1", args.get(0)).start();
  }
}
