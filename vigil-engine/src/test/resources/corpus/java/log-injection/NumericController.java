// vigil-expect: safe cwe=117
// case: only a parsed number is logged
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/numeric")
public class NumericController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @PostMapping
  public void handle(@RequestBody String user)
      throws IOException {
    int quantity = Integer.parseInt(user);
    log.info("Quantity requested: {}", quantity);
  }
}
