// vigil-expect: safe cwe=78
// case: the host must match a strict hostname pattern or the request is rejected before sh -c runs
package corpus.cmdi2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class PingPatternController {
  private static final Pattern HOSTNAME = Pattern.compile("^[a-zA-Z0-9.-]{1,253}$");

  @GetMapping("/diagnostics/ping-checked")
  public String ping(@RequestParam String host) throws IOException, InterruptedException {
    if (!HOSTNAME.matcher(host).matches()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bad host");
    }
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", "ping -c 3 " + host + " | tail -1");
    Process process = pb.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
