// vigil-expect: safe cwe=601
// case: only single-slash relative paths are followed
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/relative-only")
public class RelativeOnlyController {
  @GetMapping
  public void handle(@RequestHeader("X-Next") String next, HttpServletResponse response)
      throws IOException {
    if (next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      response.sendRedirect(next);
    } else {
      response.sendRedirect("/");
    }
  }
}
