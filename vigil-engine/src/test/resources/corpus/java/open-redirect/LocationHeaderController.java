// vigil-expect: vulnerable cwe=601
// case: Location header set from input
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/redirect/location-header")
public class LocationHeaderController {
  @GetMapping
  public void handle(@RequestParam("next") String next, HttpServletResponse response)
      throws IOException {
    response.setStatus(302);
    response.setHeader("Location", next);
  }
}
