// vigil-expect: safe cwe=117
// case: a cookie value bound with @CookieValue is logged; cookies travel in a header and hold no CR or LF
package corpus.heldout3.logi;

import java.util.logging.Logger;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CookieValueController {
  private static final Logger LOG = Logger.getLogger(CookieValueController.class.getName());

  @GetMapping("/theme")
  public String theme(@CookieValue(name = "theme", defaultValue = "light") String theme) {
    LOG.info("theme cookie: " + theme);
    return theme.equals("dark") ? "dark" : "light";
  }
}
