// vigil-expect: safe cwe=78
// case: fixed command; input only sets a numeric timeout
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/constant-args-dir")
public class ConstantArgsDirController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@RequestHeader("X-Host") String host, HttpServletResponse response)
      throws IOException {
    int seconds = Integer.parseInt(host);
    Process p = new ProcessBuilder("uptime").start();
    response.getWriter().print(p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS));
  }
}
