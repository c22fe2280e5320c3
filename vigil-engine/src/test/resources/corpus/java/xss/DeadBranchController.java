// vigil-expect: safe cwe=79
// case: tainted value only in the dead else branch
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/dead-branch")
public class DeadBranchController {
  @GetMapping("/{q}")
  public void handle(@PathVariable("q") String query, HttpServletResponse response)
      throws IOException {
    String shown;
    if ((7 * 42) - 86 > 200) {
      shown = "Welcome";
    } else {
      shown = query;
    }
    response.getWriter().println("<b>" + shown + "</b>");
  }
}
