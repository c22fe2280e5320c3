// vigil-expect: vulnerable cwe=22
// case: FileWriter appends to a user-named log
package corpus.path;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/file-writer")
public class FileWriterController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @PostMapping
  public void handle(@RequestHeader("X-File") String fileName)
      throws IOException {
    try (FileWriter writer = new FileWriter(new File("/var/app/journals", fileName), true)) {
      writer.write("visited\n");
    }
  }
}
