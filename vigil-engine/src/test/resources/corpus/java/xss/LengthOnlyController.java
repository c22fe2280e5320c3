// vigil-expect: safe cwe=79
// case: only the length of the value is printed
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/length-only")
public class LengthOnlyController {
  @GetMapping
  public void handle(@RequestHeader("X-Q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().println("<p>Your query has " + query.length() + " characters</p>");
  }
}
