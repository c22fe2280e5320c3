// vigil-expect: vulnerable cwe=601
// case: decoded value used as the target
package corpus.redirect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/url-decoded")
public class UrlDecodedController {
  @GetMapping
  public void handle(@RequestHeader("X-Next") String next, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(java.net.URLDecoder.decode(next, StandardCharsets.UTF_8));
  }
}
