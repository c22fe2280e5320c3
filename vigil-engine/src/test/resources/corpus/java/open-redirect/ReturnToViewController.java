// vigil-expect: vulnerable cwe=601
// case: a Spring controller returns a "redirect:" view name built from the returnTo parameter
package corpus.redirect2;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class ReturnToViewController {
  @PostMapping("/login/complete")
  public String complete(@RequestParam(defaultValue = "/home") String returnTo) {
    return "redirect:" + returnTo;
  }
}
