// vigil-expect: safe cwe=501
// case: role checked against the allowed set
package corpus.trust;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/trust/allow-list")
public class AllowListController {
  @GetMapping
  public void handle(@CookieValue("role") String role, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!ALLOWED_ROLES.contains(role)) {
      response.sendError(403);
      return;
    }
    request.getSession().setAttribute("role", role);
  }

  private static final Set<String> ALLOWED_ROLES = Set.of("viewer", "editor");
}
