// vigil-expect: vulnerable cwe=78
// case: ProcessBuilder running sh -c with input
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/cmdi/shell-builder")
public class ShellBuilderController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@RequestParam("host") String host, HttpServletResponse response)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", "nslookup " + host);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    response.getWriter().print(new String(p.getInputStream().readAllBytes()));
  }
}
