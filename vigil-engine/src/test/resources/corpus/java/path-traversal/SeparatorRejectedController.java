// vigil-expect: safe cwe=22
// case: names with dots-dots or separators are rejected
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/separator-rejected")
public class SeparatorRejectedController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@CookieValue("file") String fileName, HttpServletResponse response)
      throws IOException {
    if (fileName.contains("..") || fileName.contains("/") || fileName.contains("\\")) {
      response.sendError(400);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(Paths.get(UPLOAD_DIR, fileName)));
  }
}
