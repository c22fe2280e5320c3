// vigil-expect: safe cwe=601
// case: value overwritten before the redirect
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/redirect/overwritten")
public class OverwrittenController {
  @GetMapping
  public void handle(@RequestParam("next") String next, HttpServletResponse response)
      throws IOException {
    String target = next;
    target = "/home";
    response.sendRedirect(target);
  }
}
