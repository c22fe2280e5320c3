// vigil-expect: vulnerable cwe=113
// case: addHeader with input
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/header/add-header")
public class AddHeaderController {
  @GetMapping
  public void handle(@RequestParam("lang") String lang, HttpServletResponse response)
      throws IOException {
    response.addHeader("X-Request-Source", lang);
    response.setStatus(204);
  }
}
