// vigil-expect: vulnerable cwe=601
// case: always-true constant condition keeps the tainted value
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/live-branch")
public class LiveBranchController {
  @GetMapping
  public void handle(@RequestHeader("X-Next") String next, HttpServletResponse response)
      throws IOException {
    String target = "/home";
    if ((7 * 42) - 86 > 200) {
      target = next;
    }
    response.sendRedirect(target);
  }
}
