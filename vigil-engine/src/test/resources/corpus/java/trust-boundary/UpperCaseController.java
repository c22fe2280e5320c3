// vigil-expect: vulnerable cwe=501
// case: toUpperCase does not validate
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/trust/upper-case")
public class UpperCaseController {
  @GetMapping
  public void handle(@RequestHeader("X-Role") String role, HttpServletRequest request)
      throws IOException {
    request.getSession().setAttribute("role", role.toUpperCase());
  }
}
