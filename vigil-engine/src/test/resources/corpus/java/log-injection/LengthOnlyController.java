// vigil-expect: safe cwe=117
// case: only the length of the value is logged
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/length-only")
public class LengthOnlyController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping("/{user}")
  public void handle(@PathVariable("user") String user)
      throws IOException {
    log.debug("search term length={}", user.length());
  }
}
