// vigil-expect: vulnerable cwe=501
// case: list holding the value stored in the session
package corpus.trust;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/trust/list-in-session")
public class ListInSessionController {
  @GetMapping("/{role}")
  public void handle(@PathVariable("role") String role, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> recent = new ArrayList<>();
    recent.add(role);
    request.getSession().setAttribute("recentSearches", recent);
    response.setStatus(204);
  }
}
