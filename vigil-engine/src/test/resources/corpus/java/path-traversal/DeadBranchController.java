// vigil-expect: safe cwe=22
// case: tainted name only in the dead else branch
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/dead-branch")
public class DeadBranchController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping("/{file}")
  public void handle(@PathVariable("file") String fileName, HttpServletResponse response)
      throws IOException {
    String name;
    if ((7 * 42) - 86 > 200) {
      name = "default.png";
    } else {
      name = fileName;
    }
    response.getOutputStream().write(Files.readAllBytes(Paths.get(UPLOAD_DIR, name)));
  }
}
