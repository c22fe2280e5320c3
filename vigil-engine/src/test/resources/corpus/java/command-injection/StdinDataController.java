// vigil-expect: safe cwe=78
// case: the input is written to the process's stdin, the command is fixed
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/stdin-data")
public class StdinDataController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping
  public void handle(@CookieValue("host") String host, HttpServletResponse response)
      throws IOException {
    Process p = new ProcessBuilder("wc", "-c").start();
    p.getOutputStream().write(host.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    p.getOutputStream().close();
    response.getWriter().print(new String(p.getInputStream().readAllBytes()));
  }
}
