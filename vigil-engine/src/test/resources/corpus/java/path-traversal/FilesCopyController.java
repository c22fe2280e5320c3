// vigil-expect: vulnerable cwe=22
// case: Files.copy writes the upload to a user-named file
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/files-copy")
public class FilesCopyController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @PostMapping
  public void handle(@RequestHeader("X-File") String fileName, HttpServletRequest request)
      throws IOException {
    Files.copy(request.getInputStream(), Paths.get(UPLOAD_DIR).resolve(fileName));
  }
}
