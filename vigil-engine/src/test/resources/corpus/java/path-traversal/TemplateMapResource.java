// vigil-expect: safe cwe=22
// case: the input picks a template from a constant map
package corpus.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/path/template-map")
public class TemplateMapResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GET
  public void handle(@HeaderParam("X-File") String fileName, @Context HttpServletResponse response)
      throws IOException {
    Map<String, String> templates = Map.of("welcome", "welcome.html", "invoice", "invoice.html");
    String template = templates.getOrDefault(fileName, "default.html");
    try (InputStream in = new FileInputStream(new File("/opt/app/templates", template))) {
      in.transferTo(response.getOutputStream());
    }
  }
}
