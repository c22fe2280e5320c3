// vigil-expect: safe cwe=22
// case: canonical path checked against the canonical base directory
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/canonical-containment")
public class CanonicalContainmentController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @PostMapping
  public void handle(@RequestBody String fileName, HttpServletResponse response)
      throws IOException {
    File base = new File(UPLOAD_DIR).getCanonicalFile();
    File file = new File(base, fileName).getCanonicalFile();
    if (!file.getPath().startsWith(base.getPath() + File.separator)) {
      response.sendError(403);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(file.toPath()));
  }
}
