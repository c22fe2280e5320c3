// vigil-expect: vulnerable cwe=79
// case: String.valueOf does not escape
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/string-value-of")
public class StringValueOfController {
  @GetMapping
  public void handle(@RequestHeader("X-Q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().print("<td>" + String.valueOf(query) + "</td>");
  }
}
