// vigil-expect: safe cwe=501
// case: value overwritten before storing
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/trust/overwritten")
public class OverwrittenController {
  @GetMapping
  public void handle(@RequestParam("role") String role, HttpServletRequest request)
      throws IOException {
    String stored = role;
    stored = "guest";
    request.getSession().setAttribute("role", stored);
  }
}
