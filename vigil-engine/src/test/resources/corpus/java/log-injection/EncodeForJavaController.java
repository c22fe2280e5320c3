// vigil-expect: safe cwe=117
// case: OWASP Encoder forJava escapes line breaks
package corpus.logi;

import java.io.IOException;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/encode-for-java")
public class EncodeForJavaController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@RequestHeader("X-User") String user)
      throws IOException {
    log.info("Coupon entered: " + Encode.forJava(user));
  }
}
