// vigil-expect: vulnerable cwe=22
// case: Spring MultipartFile original file name used as the target of transferTo
package corpus.path2;

import java.io.File;
import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class MultipartTransferController {
  private final File uploadDir = new File("/srv/uploads");

  @PostMapping("/upload")
  public String upload(@RequestParam("file") MultipartFile file) throws IOException {
    String original = file.getOriginalFilename();
    File target = new File(uploadDir, original);
    file.transferTo(target);
    return "stored " + target.length() + " bytes";
  }
}
