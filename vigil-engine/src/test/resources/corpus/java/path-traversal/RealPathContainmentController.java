// vigil-expect: safe cwe=22
// case: toRealPath containment check
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/real-path-containment")
public class RealPathContainmentController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping("/{file}")
  public void handle(@PathVariable("file") String fileName, HttpServletResponse response)
      throws IOException {
    Path base = Paths.get(UPLOAD_DIR).toRealPath();
    Path target = base.resolve(fileName).toRealPath();
    if (!target.startsWith(base)) {
      response.sendError(403);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(target));
  }
}
