// vigil-expect: vulnerable cwe=22
// case: upload written to a path built from the name
package corpus.path;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

@Path("/path/upload-output-stream")
public class UploadOutputStreamResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @POST
  public void handle(@QueryParam("file") String fileName, @Context HttpServletRequest request)
      throws IOException {
    try (OutputStream out = new FileOutputStream(UPLOAD_DIR + "/" + fileName)) {
      request.getInputStream().transferTo(out);
    }
  }
}
