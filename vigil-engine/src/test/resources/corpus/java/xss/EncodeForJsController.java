// vigil-expect: safe cwe=79
// case: OWASP Encoder forJavaScript inside a script block
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/encode-for-js")
public class EncodeForJsController {
  @GetMapping
  public void handle(@CookieValue("q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().println("<script>var q = '" + Encode.forJavaScript(query) + "';</script>");
  }
}
