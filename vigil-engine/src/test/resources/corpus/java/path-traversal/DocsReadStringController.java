// vigil-expect: vulnerable cwe=22
// case: Files.readString of Paths.get(base, name) with the name from the query
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocsReadStringController {
  private static final String DOCS = "/srv/app/docs";

  @GetMapping(value = "/docs", produces = "text/markdown")
  public String doc(@RequestParam String name) throws IOException {
    return Files.readString(Paths.get(DOCS, name + ".md"));
  }
}
