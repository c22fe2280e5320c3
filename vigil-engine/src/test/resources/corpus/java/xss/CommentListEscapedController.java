// vigil-expect: safe cwe=79
// case: the stream escapes each author and text with HtmlUtils before joining the list items
package corpus.xss2;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
public class CommentListEscapedController {
  public record Comment(String author, String text) {}

  @PostMapping("/comments/preview-escaped")
  public void preview(@RequestBody List<Comment> comments, HttpServletResponse response) throws IOException {
    String items = comments.stream()
        .map(c -> "<li><b>" + HtmlUtils.htmlEscape(c.author()) + "</b>: " + HtmlUtils.htmlEscape(c.text()) + "</li>")
        .collect(Collectors.joining());
    response.setContentType("text/html");
    response.getWriter().print("<ul>" + items + "</ul>");
  }
}
