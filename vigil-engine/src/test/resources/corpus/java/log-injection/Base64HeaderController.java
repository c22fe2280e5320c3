// vigil-expect: vulnerable cwe=117
// case: a header value is Base64-decoded and logged; the decoded bytes may hold CR and LF
package corpus.heldout3.logi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Base64HeaderController {
  private static final Logger log = LoggerFactory.getLogger(Base64HeaderController.class);

  @PostMapping("/api/session")
  public void open(@RequestHeader("X-Client-Info") String info) {
    String decoded = new String(Base64.getDecoder().decode(info), StandardCharsets.UTF_8);
    log.info("session opened by client {}", decoded);
  }
}
