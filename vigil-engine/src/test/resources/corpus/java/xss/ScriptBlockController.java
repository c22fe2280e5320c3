// vigil-expect: vulnerable cwe=79
// case: value inside an inline script string
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/script-block")
public class ScriptBlockController {
  @GetMapping
  public void handle(@RequestHeader("X-Q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().println("<script>var user = '" + query + "';</script>");
  }
}
