// vigil-expect: safe cwe=78
// case: a Spring endpoint that only administrators may call runs a maintenance script with a parameter
package corpus.command;

import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AdminRoleController {
  @PreAuthorize("hasRole('ADMIN')")
  @PostMapping("/admin/maintenance")
  public String run(@RequestParam String task) throws IOException {
    new ProcessBuilder("sh", "-c", "/opt/app/maintenance.sh " + task).start();
    return "started";
  }
}
