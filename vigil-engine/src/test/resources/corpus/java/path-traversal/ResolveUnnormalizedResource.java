// vigil-expect: vulnerable cwe=22
// case: Path.startsWith(base) checked on a resolved path that was never normalized, so ../ passes
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.ws.rs.GET;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

@javax.ws.rs.Path("/attachments")
public class ResolveUnnormalizedResource {
  private static final Path ROOT = Path.of("/var/lib/attachments");

  @GET
  @javax.ws.rs.Path("/{name}")
  @Produces("application/octet-stream")
  public Response download(@PathParam("name") String name) throws IOException {
    Path file = ROOT.resolve(name);
    if (!file.startsWith(ROOT)) {
      return Response.status(403).build();
    }
    return Response.ok(Files.readAllBytes(file)).build();
  }
}
