// vigil-expect: safe cwe=501
// case: tainted value only in the dead else branch
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/trust/dead-branch")
public class DeadBranchController {
  @PostMapping
  public void handle(@RequestBody String role, HttpServletRequest request)
      throws IOException {
    String stored;
    if ((7 * 42) - 86 > 200) {
      stored = "viewer";
    } else {
      stored = role;
    }
    request.getSession().setAttribute("role", stored);
  }
}
