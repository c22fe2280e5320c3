// vigil-expect: vulnerable cwe=79
// case: error page echoes the unknown value
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/xss/writer-write")
public class WriterWriteController {
  @GetMapping
  public void handle(@RequestParam("q") String query, HttpServletResponse response)
      throws IOException {
    response.setStatus(404);
    response.getWriter().write("<p>Unknown user: " + query + "</p>");
  }
}
