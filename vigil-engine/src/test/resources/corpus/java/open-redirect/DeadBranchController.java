// vigil-expect: safe cwe=601
// case: tainted value only in the dead else branch
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/dead-branch")
public class DeadBranchController {
  @PostMapping
  public void handle(@RequestBody String next, HttpServletResponse response)
      throws IOException {
    String target;
    if ((7 * 42) - 86 > 200) {
      target = "/home";
    } else {
      target = next;
    }
    response.sendRedirect(target);
  }
}
