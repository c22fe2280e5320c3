// vigil-expect: safe cwe=22
// case: path read from the map key holding a constant
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/path/map-other-key")
public class MapOtherKeyResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @POST
  public void handle(@FormParam("file") String fileName, @Context HttpServletResponse response)
      throws IOException {
    Map<String, String> names = new HashMap<>();
    names.put("requested", fileName);
    names.put("fallback", "placeholder.png");
    File file = new File(UPLOAD_DIR, names.get("fallback"));
    response.getOutputStream().write(Files.readAllBytes(file.toPath()));
  }
}
