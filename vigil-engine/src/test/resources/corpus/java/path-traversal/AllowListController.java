// vigil-expect: safe cwe=22
// case: name must be one of the known documents
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/allow-list")
public class AllowListController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@RequestHeader("X-File") String fileName, HttpServletResponse response)
      throws IOException {
    if (!List.of("terms.pdf", "privacy.pdf", "imprint.pdf").contains(fileName)) {
      response.sendError(404);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(Paths.get("/var/app/static", fileName)));
  }
}
