// vigil-expect: vulnerable cwe=22
// case: a private helper builds the template path by concatenation and another opens it
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
public class TemplateHelperController {
  private static final String TEMPLATE_ROOT = "/srv/templates";

  @GetMapping("/templates/{name}")
  public String template(@PathVariable String name) throws IOException {
    return read(templatePath(name));
  }

  private String templatePath(String name) {
    return TEMPLATE_ROOT + File.separator + name + ".html";
  }

  private String read(String path) throws IOException {
    try (InputStream in = new FileInputStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
