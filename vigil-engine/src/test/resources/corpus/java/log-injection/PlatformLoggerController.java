// vigil-expect: safe cwe=117
// case: System.Logger with the value (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/platform-logger")
public class PlatformLoggerController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@CookieValue("user") String user)
      throws IOException {
    System.getLogger("audit").log(System.Logger.Level.INFO, "export requested by " + user);
  }
}
