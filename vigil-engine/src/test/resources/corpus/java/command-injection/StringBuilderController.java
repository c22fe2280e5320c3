// vigil-expect: vulnerable cwe=78
// case: StringBuilder assembles the command
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/string-builder")
public class StringBuilderController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@RequestHeader("X-Host") String host)
      throws IOException {
    StringBuilder sb = new StringBuilder("tar -czf /tmp/backup.tgz ");
    sb.append("/srv/data/").append(host);
    Runtime.getRuntime().exec(sb.toString());
  }
}
