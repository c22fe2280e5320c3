// vigil-expect: safe cwe=78
// case: only a parsed integer reaches the command
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/numeric-port")
public class NumericPortController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @PostMapping
  public void handle(@RequestBody String host, HttpServletResponse response)
      throws IOException {
    int port = Integer.parseInt(host);
    Process p = new ProcessBuilder("nc", "-z", "localhost", String.valueOf(port)).start();
    response.getWriter().print(p.isAlive());
  }
}
