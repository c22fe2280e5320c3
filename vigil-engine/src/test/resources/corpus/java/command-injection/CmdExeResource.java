// vigil-expect: vulnerable cwe=78
// case: Windows cmd.exe /c with the input
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;

@Path("/cmdi/cmd-exe")
public class CmdExeResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  public void handle(@HeaderParam("X-Host") String host)
      throws IOException {
    Runtime.getRuntime().exec("cmd.exe /c dir " + host);
  }
}
