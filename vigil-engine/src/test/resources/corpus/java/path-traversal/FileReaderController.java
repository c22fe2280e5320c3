// vigil-expect: vulnerable cwe=22
// case: FileReader on a template name
package corpus.path;

import java.io.FileReader;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/file-reader")
public class FileReaderController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping("/{file}")
  public void handle(@PathVariable("file") String fileName, HttpServletResponse response)
      throws IOException {
    StringBuilder text = new StringBuilder();
    try (FileReader reader = new FileReader("/opt/app/templates/" + fileName + ".html")) {
      char[] buf = new char[4096];
      int n;
      while ((n = reader.read(buf)) > 0) {
        text.append(buf, 0, n);
      }
    }
    response.getWriter().print(text.length());
  }
}
