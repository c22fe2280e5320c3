// vigil-expect: safe cwe=117
// case: a request header bound with @RequestHeader is logged; header values cannot carry CR or LF
package corpus.heldout3.logi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserAgentHeaderController {
  private static final Logger log = LoggerFactory.getLogger(UserAgentHeaderController.class);

  @GetMapping("/api/ping")
  public String ping(@RequestHeader(value = "User-Agent", required = false) String agent) {
    log.debug("ping from agent {}", agent);
    return "pong";
  }
}
