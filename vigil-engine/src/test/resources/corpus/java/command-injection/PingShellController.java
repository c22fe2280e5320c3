// vigil-expect: vulnerable cwe=78
// case: ProcessBuilder runs sh -c with the host concatenated into the shell string
package corpus.cmdi2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PingShellController {
  @GetMapping("/diagnostics/ping")
  public String ping(@RequestParam String host) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", "ping -c 3 " + host + " | tail -1");
    pb.redirectErrorStream(true);
    Process process = pb.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
