// vigil-expect: safe cwe=22
// case: the stored file name is a generated UUID; input only names the download
package corpus.path;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/path/generated-name")
public class GeneratedNameResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @POST
  public void handle(@QueryParam("file") String fileName, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    String stored = UUID.randomUUID() + ".bin";
    try (OutputStream out = new FileOutputStream(new File(UPLOAD_DIR, stored))) {
      request.getInputStream().transferTo(out);
    }
    response.setHeader("X-Original-Length", String.valueOf(fileName.length()));
  }
}
