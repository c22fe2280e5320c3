// vigil-expect: safe cwe=730
// case: the tainted pattern is only used in the dead branch of a constant condition
package corpus.heldout4.regex;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DeadBranchRegexController {
  private static final boolean CUSTOM_FILTERS = false;

  @GetMapping("/filter")
  public boolean filter(@RequestParam String expression) {
    String regex = CUSTOM_FILTERS ? expression : "[A-Z]{3}-\\d{4}";
    return Pattern.compile(regex).matcher("ABC-1234").matches();
  }
}
