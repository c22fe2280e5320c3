// vigil-expect: safe cwe=22
// case: a private helper returns the file only after a canonical-path containment check, else throws
package corpus.path2;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TemplateCanonicalHelperController {
  private static final File TEMPLATE_ROOT = new File("/srv/templates");

  @GetMapping("/templates-checked/{name}")
  public String template(@PathVariable String name) throws IOException {
    File file = inside(name + ".html");
    try (InputStream in = new FileInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private File inside(String relative) throws IOException {
    File candidate = new File(TEMPLATE_ROOT, relative);
    String root = TEMPLATE_ROOT.getCanonicalPath() + File.separator;
    if (!candidate.getCanonicalPath().startsWith(root)) {
      throw new SecurityException("outside template root");
    }
    return candidate;
  }
}
