// vigil-expect: safe cwe=79
// case: OWASP Encoder forHtml
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/owasp-encoder")
public class OwaspEncoderController {
  @PostMapping
  public void handle(@RequestBody String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().println("<h1>Results for " + Encode.forHtml(query) + "</h1>");
  }
}
