// vigil-expect: vulnerable cwe=22
// case: FileUtils.readFileToString on a user-named file
package corpus.path;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/commons-io-read")
public class CommonsIoReadController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@CookieValue("file") String fileName, HttpServletResponse response)
      throws IOException {
    String text = org.apache.commons.io.FileUtils.readFileToString(new File(UPLOAD_DIR, fileName),
        java.nio.charset.StandardCharsets.UTF_8);
    response.getWriter().print(text.length());
  }
}
