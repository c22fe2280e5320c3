// vigil-expect: vulnerable cwe=22
// case: startsWith on a non-canonical path does not stop ../
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/path/absolute-startswith")
public class AbsoluteStartswithResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GET
  @Path("/{file}")
  public void handle(@PathParam("file") String fileName, @Context HttpServletResponse response)
      throws IOException {
    File file = new File(UPLOAD_DIR, fileName);
    if (!file.getAbsolutePath().startsWith(UPLOAD_DIR)) {
      response.sendError(403);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(file.toPath()));
  }
}
