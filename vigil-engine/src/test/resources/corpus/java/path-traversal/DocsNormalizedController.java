// vigil-expect: safe cwe=22
// case: resolve, normalize and startsWith(base) containment check before Files.readString
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class DocsNormalizedController {
  private static final Path DOCS = Paths.get("/srv/app/docs").toAbsolutePath().normalize();

  @GetMapping(value = "/docs-checked", produces = "text/markdown")
  public String doc(@RequestParam String name) throws IOException {
    Path target = DOCS.resolve(name + ".md").normalize();
    if (!target.startsWith(DOCS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return Files.readString(target);
  }
}
