// vigil-expect: vulnerable cwe=79
// case: MessageFormat fills an HTML template
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/message-format-html")
public class MessageFormatHtmlController {
  @GetMapping
  public void handle(@CookieValue("q") String query, HttpServletResponse response)
      throws IOException {
    response.getWriter().println(java.text.MessageFormat.format("<p class=\"hint\">{0}</p>", query));
  }
}
