// vigil-expect: vulnerable cwe=601
// case: Spring 'redirect:' view name built from input
package corpus.redirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class SpringRedirectView {
  @GetMapping("/continue")
  public String next(@RequestParam("to") String to) {
    return "redirect:" + to;
  }
}
