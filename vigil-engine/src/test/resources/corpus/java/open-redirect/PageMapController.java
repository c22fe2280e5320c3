// vigil-expect: safe cwe=601
// case: input selects a page from a constant map
package corpus.redirect;

import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/redirect/page-map")
public class PageMapController {
  @GetMapping
  public void handle(@CookieValue("next") String next, HttpServletResponse response)
      throws IOException {
    Map<String, String> pages = Map.of("orders", "/orders", "account", "/account");
    response.sendRedirect(pages.getOrDefault(next, "/home"));
  }
}
