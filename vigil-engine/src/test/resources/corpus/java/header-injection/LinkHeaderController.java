// vigil-expect: safe cwe=113
// case: Link header with the value (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/header/link-header")
public class LinkHeaderController {
  @GetMapping
  public void handle(@CookieValue("lang") String lang, HttpServletResponse response)
      throws IOException {
    response.addHeader("Link", "<" + lang + ">; rel=preload; as=style");
  }
}
