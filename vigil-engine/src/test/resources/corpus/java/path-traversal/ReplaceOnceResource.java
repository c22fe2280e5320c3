// vigil-expect: vulnerable cwe=22
// case: removing '../' once is not enough ('....//' survives)
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/path/replace-once")
public class ReplaceOnceResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GET
  public void handle(@HeaderParam("X-File") String fileName, @Context HttpServletResponse response)
      throws IOException {
    String cleaned = fileName.replace("../", "");
    response.getOutputStream().write(Files.readAllBytes(Paths.get(UPLOAD_DIR, cleaned)));
  }
}
