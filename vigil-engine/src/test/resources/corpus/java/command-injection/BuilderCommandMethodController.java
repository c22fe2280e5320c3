// vigil-expect: vulnerable cwe=78
// case: ProcessBuilder.command set after construction
package corpus.cmdi;

import java.io.File;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/builder-command-method")
public class BuilderCommandMethodController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @PostMapping("/{host}")
  public void handle(@PathVariable("host") String host)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder();
    pb.command("git", "clone", host);
    pb.directory(new File("/srv/mirrors"));
    pb.start();
  }
}
