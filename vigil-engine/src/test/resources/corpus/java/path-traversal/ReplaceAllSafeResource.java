// vigil-expect: safe cwe=22
// case: every character outside a safe set is replaced
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/path/replace-all-safe")
public class ReplaceAllSafeResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GET
  @Path("/{file}")
  public void handle(@PathParam("file") String fileName, @Context HttpServletResponse response)
      throws IOException {
    String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_").replace("..", "_");
    response.getOutputStream().write(Files.readAllBytes(Paths.get(UPLOAD_DIR, safeName)));
  }
}
