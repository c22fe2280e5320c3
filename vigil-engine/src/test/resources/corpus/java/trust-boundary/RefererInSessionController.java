// vigil-expect: vulnerable cwe=501
// case: Referer header kept in the session
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/trust/referer-in-session")
public class RefererInSessionController {
  @GetMapping
  public void handle(@RequestHeader("X-Role") String role, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.getSession().setAttribute("returnUrl", request.getHeader("Referer"));
    response.getWriter().print(role.length());
  }
}
