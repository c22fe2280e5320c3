// vigil-expect: vulnerable cwe=22
// case: Paths.get(...).resolve(name) read with Files.readAllBytes
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/path/paths-resolve")
public class PathsResolveController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@RequestParam("file") String fileName, HttpServletResponse response)
      throws IOException {
    Path path = Paths.get(UPLOAD_DIR).resolve(fileName);
    response.getOutputStream().write(Files.readAllBytes(path));
  }
}
