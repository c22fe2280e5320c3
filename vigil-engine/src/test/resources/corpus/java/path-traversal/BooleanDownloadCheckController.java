// vigil-expect: safe cwe=22
// case: a boolean helper returns false for names holding "..", the handler throws unless it returns true
package corpus.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.commons.lang3.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BooleanDownloadCheckController {
  private static final String PROFILE = "/home/app/profile";

  @GetMapping("/common/download/resource")
  public byte[] resource(@RequestParam String resource) throws IOException {
    if (!canDownload(resource)) {
      throw new IllegalArgumentException("not allowed: " + resource);
    }
    // ok: java.path-injection
    return Files.readAllBytes(Paths.get(PROFILE + resource));
  }

  static boolean canDownload(String resource) {
    if (StringUtils.contains(resource, "..")) {
      return false;
    }
    return StringUtils.endsWithAny(resource.toLowerCase(), ".pdf", ".png", ".xlsx");
  }
}
