// vigil-expect: vulnerable cwe=79
// case: a private helper writes the value
package corpus.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/helper-render")
public class HelperRenderController {
  @GetMapping
  public void handle(@RequestHeader("X-Q") String query, HttpServletResponse response)
      throws IOException {
    render(response.getWriter(), "Search: " + query);
  }

  private void render(PrintWriter out, String message) {
    out.println("<div class=\"banner\">" + message + "</div>");
  }
}
