// vigil-expect: safe cwe=78
// case: the caller names an enum constant; the program comes from the enum's constant field
package corpus.cmdi2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ToolVersionEnumController {
  enum Tool {
    GIT("/usr/bin/git"), JAVA("/usr/bin/java"), NODE("/usr/bin/node");

    private final String binary;

    Tool(String binary) {
      this.binary = binary;
    }
  }

  @GetMapping("/tools-known/{tool}/version")
  public String version(@PathVariable String tool) throws IOException {
    Tool known = Tool.valueOf(tool.toUpperCase());
    ProcessBuilder pb = new ProcessBuilder();
    pb.command(known.binary, "--version");
    Process p = pb.start();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
