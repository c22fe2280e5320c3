// vigil-expect: vulnerable cwe=501
// case: legacy HttpSession.putValue
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/trust/put-value")
public class PutValueController {
  @GetMapping
  public void handle(@RequestParam("role") String role, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.getSession(true).putValue("userRole", role);
    response.setStatus(204);
  }
}
