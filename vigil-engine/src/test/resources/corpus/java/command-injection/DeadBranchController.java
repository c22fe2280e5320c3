// vigil-expect: safe cwe=78
// case: tainted value only in the dead else branch
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/cmdi/dead-branch")
public class DeadBranchController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@RequestParam("host") String host)
      throws IOException {
    String target;
    if ((7 * 42) - 86 > 200) {
      target = "localhost";
    } else {
      target = host;
    }
    Runtime.getRuntime().exec("ping -c 1 " + target);
  }
}
