// vigil-expect: vulnerable cwe=22
// case: the boolean helper only checks the extension, so "../../etc/app.pdf"-style names pass
package corpus.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExtensionOnlyCheckController {
  private static final String PROFILE = "/home/app/profile";

  @GetMapping("/files/resource")
  public byte[] resource(@RequestParam String resource) throws IOException {
    if (!canDownload(resource)) {
      throw new IllegalArgumentException("not allowed: " + resource);
    }
    // ruleid: java.path-injection
    return Files.readAllBytes(Paths.get(PROFILE, resource));
  }

  static boolean canDownload(String resource) {
    return resource.endsWith(".pdf") || resource.endsWith(".png");
  }
}
