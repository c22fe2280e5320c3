// vigil-expect: vulnerable cwe=117
// case: placeholders do not neutralise line breaks
package corpus.logi;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/logi/slf4j-placeholder")
public class Slf4jPlaceholderController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@RequestParam("user") String user, HttpServletResponse response)
      throws IOException {
    log.warn("Password reset requested for {}", user);
    response.setStatus(202);
  }
}
