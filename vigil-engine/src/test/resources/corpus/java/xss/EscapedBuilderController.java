// vigil-expect: safe cwe=79
// case: escaped before it is appended to the page
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

@Controller
@RequestMapping("/xss/escaped-builder")
public class EscapedBuilderController {
  @GetMapping
  public void handle(@CookieValue("q") String query, HttpServletResponse response)
      throws IOException {
    StringBuilder page = new StringBuilder("<ul>");
    for (String item : query.split(",")) {
      page.append("<li>").append(HtmlUtils.htmlEscape(item)).append("</li>");
    }
    response.getWriter().print(page.append("</ul>"));
  }
}
