// vigil-expect: safe cwe=78
// case: command reads a map key that holds a constant
package corpus.cmdi;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/cmdi/map-other-key")
public class MapOtherKeyResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  public void handle(@QueryParam("host") String host)
      throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("user", host);
    args.put("target", "db1.internal");
    Runtime.getRuntime().exec("ping -c 1 " + args.get("target"));
  }
}
