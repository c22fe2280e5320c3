// vigil-expect: vulnerable cwe=78
// case: ProcessBuilder.command sets the program chosen by the caller
package corpus.cmdi2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ToolVersionController {
  @GetMapping("/tools/{tool}/version")
  public String version(@PathVariable String tool) throws IOException {
    ProcessBuilder pb = new ProcessBuilder();
    pb.command(tool, "--version");
    Process p = pb.start();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
