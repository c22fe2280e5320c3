// vigil-expect: safe cwe=113
// case: URLEncoder removes CR and LF
package corpus.header;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/header/url-encoded")
public class UrlEncodedController {
  @GetMapping
  public void handle(@RequestHeader("X-Lang") String lang, HttpServletResponse response)
      throws IOException {
    response.setHeader("Content-Disposition",
        "attachment; filename*=UTF-8''" + URLEncoder.encode(lang, StandardCharsets.UTF_8));
  }
}
