// vigil-expect: vulnerable cwe=22
// case: getRealPath plus the requested name
package corpus.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/path/real-path")
public class RealPathResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @POST
  public void handle(@FormParam("file") String fileName, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    String root = request.getServletContext().getRealPath("/docs");
    try (InputStream in = new FileInputStream(root + File.separator + fileName)) {
      in.transferTo(response.getOutputStream());
    }
  }
}
