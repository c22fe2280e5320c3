// vigil-expect: safe cwe=117
// case: CR and LF replaced by char
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/char-replace")
public class CharReplaceController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@CookieValue("user") String user)
      throws IOException {
    String clean = user.replace('\n', '_').replace('\r', '_');
    log.warn("Password reset requested for {}", clean);
  }
}
