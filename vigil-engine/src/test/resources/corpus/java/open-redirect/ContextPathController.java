// vigil-expect: safe cwe=601
// case: redirect built from the context path only
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/context-path")
public class ContextPathController {
  @GetMapping("/{next}")
  public void handle(@PathVariable("next") String next, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/home?from=" + next.length());
  }
}
