// vigil-expect: vulnerable cwe=78
// case: command list extended with a shell line
package corpus.cmdi;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/command-list-add-all")
public class CommandListAddAllController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@RequestHeader("X-Host") String host)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder();
    pb.command().addAll(List.of("sh", "-c", "host -t MX " + host));
    pb.start();
  }
}
