// vigil-expect: safe cwe=78
// case: only the resolved IP address reaches the command
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/cmdi/resolved-address")
public class ResolvedAddressController {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @GetMapping("/{host}")
  public void handle(@PathVariable("host") String host, HttpServletResponse response)
      throws IOException {
    String ip = java.net.InetAddress.getByName(host).getHostAddress();
    if (!ip.matches("[0-9.]+")) {
      response.sendError(400);
      return;
    }
    new ProcessBuilder("ping", "-c", "1", ip).start();
  }
}
