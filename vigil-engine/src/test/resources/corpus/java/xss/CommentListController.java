// vigil-expect: vulnerable cwe=79
// case: comment records from the request body are mapped to list items by a stream and written out
package corpus.xss2;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CommentListController {
  public record Comment(String author, String text) {}

  @PostMapping("/comments/preview")
  public void preview(@RequestBody List<Comment> comments, HttpServletResponse response) throws IOException {
    String items = comments.stream()
        .map(c -> "<li><b>" + c.author() + "</b>: " + c.text() + "</li>")
        .collect(Collectors.joining());
    response.setContentType("text/html");
    response.getWriter().print("<ul>" + items + "</ul>");
  }
}
