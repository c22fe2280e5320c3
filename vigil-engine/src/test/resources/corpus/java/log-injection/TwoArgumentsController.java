// vigil-expect: safe cwe=117
// case: placeholders with the user and the address (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/two-arguments")
public class TwoArgumentsController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@RequestHeader("X-User") String user, HttpServletRequest request)
      throws IOException {
    log.warn("Failed login: user={}, ip={}", user, request.getRemoteAddr());
  }
}
