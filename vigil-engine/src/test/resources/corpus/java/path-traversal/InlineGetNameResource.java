// vigil-expect: safe cwe=22
// case: FilenameUtils.getName inline in Paths.get
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
import org.apache.commons.io.FilenameUtils;

@Path("/path/inline-get-name")
public class InlineGetNameResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GET
  public void handle(@HeaderParam("X-File") String fileName, @Context HttpServletResponse response)
      throws IOException {
    response.getOutputStream().write(Files.readAllBytes(Paths.get(UPLOAD_DIR, FilenameUtils.getName(fileName))));
  }
}
