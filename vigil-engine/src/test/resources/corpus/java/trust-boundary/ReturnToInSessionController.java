// vigil-expect: vulnerable cwe=501
// case: a request parameter kept in the Spring-injected session
package corpus.trust;

import javax.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class ReturnToInSessionController {
  @GetMapping("/login")
  public String login(@RequestParam(value = "returnTo", required = false) String returnTo,
      HttpSession session) {
    if (returnTo != null) {
      session.setAttribute("returnTo", returnTo);
    }
    return "login";
  }
}
