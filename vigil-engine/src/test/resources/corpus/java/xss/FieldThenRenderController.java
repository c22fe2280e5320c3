// vigil-expect: vulnerable cwe=79
// case: value kept in a field, printed by another method
package corpus.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/field-then-render")
public class FieldThenRenderController {
  @GetMapping("/{q}")
  public void handle(@PathVariable("q") String query, HttpServletResponse response)
      throws IOException {
    this.title = query;
    render(response.getWriter());
  }

  private String title;

  private void render(PrintWriter out) {
    out.println("<h1>" + title + "</h1>");
  }
}
