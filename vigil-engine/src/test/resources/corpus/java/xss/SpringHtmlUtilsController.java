// vigil-expect: safe cwe=79
// case: Spring HtmlUtils.htmlEscape
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

@Controller
@RequestMapping("/xss/spring-html-utils")
public class SpringHtmlUtilsController {
  @GetMapping
  public void handle(@RequestParam("q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().format("<div>Hello %s</div>", HtmlUtils.htmlEscape(query));
  }
}
