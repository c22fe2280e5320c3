// vigil-expect: vulnerable cwe=79
// case: bytes of the value written to the output stream
package corpus.xss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/output-stream")
public class OutputStreamController {
  @GetMapping("/{q}")
  public void handle(@PathVariable("q") String query, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html");
    response.getOutputStream().write(("<span>" + query + "</span>").getBytes(StandardCharsets.UTF_8));
  }
}
