// vigil-expect: safe cwe=601
// case: returnTo is replaced by a constant unless it is one of the allowed paths
package corpus.redirect2;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class ReturnToAllowedViewController {
  private static final Set<String> ALLOWED = Set.of("/home", "/orders", "/settings/profile");

  @PostMapping("/login/complete-allowed")
  public String complete(@RequestParam(defaultValue = "/home") String returnTo) {
    if (!ALLOWED.contains(returnTo)) {
      returnTo = "/home";
    }
    return "redirect:" + returnTo;
  }
}
