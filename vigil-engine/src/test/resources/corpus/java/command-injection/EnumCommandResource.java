// vigil-expect: safe cwe=78
// case: input chooses one of an enum's fixed commands
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

@Path("/cmdi/enum-command")
public class EnumCommandResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GET
  @Path("/{host}")
  public void handle(@PathParam("host") String host)
      throws IOException {
    Tool tool = Tool.valueOf(host.toUpperCase());
    new ProcessBuilder(tool.command).start();
  }

  enum Tool {
    DISK("df", "-h"),
    UPTIME("uptime");

    final String[] command;

    Tool(String... command) {
      this.command = command;
    }
  }
}
