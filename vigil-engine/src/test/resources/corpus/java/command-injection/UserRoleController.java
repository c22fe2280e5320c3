// vigil-expect: vulnerable cwe=78
// case: a Spring endpoint any signed-in user may call runs a script with a parameter
package corpus.command;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserRoleController {
  @PreAuthorize("hasRole('USER')")
  @PostMapping("/reports/export")
  public String run(@RequestParam String format) throws IOException {
    new ProcessBuilder("sh", "-c", "/opt/app/export.sh " + format).start();
    return "started";
  }
}
