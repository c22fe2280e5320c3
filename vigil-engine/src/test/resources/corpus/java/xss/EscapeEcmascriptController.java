// vigil-expect: safe cwe=79
// case: Commons Text escapeEcmaScript in a script string
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/escape-ecmascript")
public class EscapeEcmascriptController {
  @GetMapping
  public void handle(@CookieValue("q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().println("<script>var user = '" + StringEscapeUtils.escapeEcmaScript(query) + "';</script>");
  }
}
