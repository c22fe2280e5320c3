// vigil-expect: safe cwe=78
// case: switch maps the input to a constant script
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/switch-mapping")
public class SwitchMappingController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @PostMapping("/{host}")
  public void handle(@PathVariable("host") String host)
      throws IOException {
    String script;
    switch (host) {
      case "backup":
        script = "/opt/jobs/backup.sh";
        break;
      case "cleanup":
        script = "/opt/jobs/cleanup.sh";
        break;
      default:
        script = "/opt/jobs/noop.sh";
    }
    new ProcessBuilder(script).start();
  }
}
