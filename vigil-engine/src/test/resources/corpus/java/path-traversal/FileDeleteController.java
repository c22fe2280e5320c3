// vigil-expect: vulnerable cwe=22
// case: File.delete on a user-named file
package corpus.path;

import java.io.File;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/file-delete")
public class FileDeleteController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @PostMapping
  public void handle(@RequestHeader("X-File") String fileName, HttpServletResponse response)
      throws IOException {
    boolean deleted = new File(new File(UPLOAD_DIR), fileName).delete();
    response.setStatus(deleted ? 204 : 404);
  }
}
