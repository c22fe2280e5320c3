// vigil-expect: vulnerable cwe=117
// case: String.format builds the message
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/format-message")
public class FormatMessageController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping("/{user}")
  public void handle(@PathVariable("user") String user)
      throws IOException {
    String message = String.format("user=%s action=export", user);
    log.info(message);
  }
}
