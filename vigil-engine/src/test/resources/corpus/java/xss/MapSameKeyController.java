// vigil-expect: vulnerable cwe=79
// case: value put and read back under the same key
package corpus.xss;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xss/map-same-key")
public class MapSameKeyController {
  @GetMapping
  public void handle(@CookieValue("q") String query, HttpServletResponse response)
      throws IOException {
    Map<String, String> model = new HashMap<>();
    model.put("title", query);
    response.getWriter().println("<h2>" + model.get("title") + "</h2>");
  }
}
