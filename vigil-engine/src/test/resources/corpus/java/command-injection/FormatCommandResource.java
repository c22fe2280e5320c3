// vigil-expect: vulnerable cwe=78
// case: String.format builds the command
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

@Path("/cmdi/format-command")
public class FormatCommandResource {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @POST
  public void handle(@FormParam("host") String host)
      throws IOException {
    String cmd = String.format("convert /srv/img/%s -resize 64x64 /srv/thumbs/out.png", host);
    Runtime.getRuntime().exec(cmd);
  }
}
