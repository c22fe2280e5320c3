// vigil-expect: vulnerable cwe=78
// case: substring of the input still reaches exec
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/env-substring")
public class EnvSubstringController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@CookieValue("host") String host)
      throws IOException {
    String target = host.length() > 64 ? host.substring(0, 64) : host;
    Runtime.getRuntime().exec("host " + target);
  }
}
