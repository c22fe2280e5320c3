// vigil-expect: vulnerable cwe=601
// case: addHeader Location
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/add-header")
public class AddHeaderController {
  @PostMapping("/{next}")
  public void handle(@PathVariable("next") String next, HttpServletResponse response)
      throws IOException {
    response.setStatus(303);
    response.addHeader("Location", next);
  }
}
