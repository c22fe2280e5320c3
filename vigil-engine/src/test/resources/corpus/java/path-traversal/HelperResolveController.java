// vigil-expect: vulnerable cwe=22
// case: a private helper builds the path
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/helper-resolve")
public class HelperResolveController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@CookieValue("file") String fileName, HttpServletResponse response)
      throws IOException {
    Path p = resolve(fileName);
    response.getOutputStream().write(Files.readAllBytes(p));
  }

  private Path resolve(String name) {
    return Paths.get(UPLOAD_DIR + File.separator + name);
  }
}
