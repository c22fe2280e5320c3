// vigil-expect: safe cwe=117
// case: exception message carries the value into the log (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/exception-message")
public class ExceptionMessageController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@RequestHeader("X-User") String user)
      throws IOException {
    try {
      Integer.parseInt(user);
    } catch (NumberFormatException e) {
      log.error("Bad quantity: " + user, e);
    }
  }
}
