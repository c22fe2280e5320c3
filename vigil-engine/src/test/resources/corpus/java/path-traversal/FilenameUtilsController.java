// vigil-expect: safe cwe=22
// case: FilenameUtils.getName strips any directory part
package corpus.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/path/filename-utils")
public class FilenameUtilsController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@RequestParam("file") String fileName, HttpServletResponse response)
      throws IOException {
    String safeName = FilenameUtils.getName(fileName);
    File file = new File(UPLOAD_DIR, safeName);
    try (InputStream in = new FileInputStream(file)) {
      in.transferTo(response.getOutputStream());
    }
  }
}
