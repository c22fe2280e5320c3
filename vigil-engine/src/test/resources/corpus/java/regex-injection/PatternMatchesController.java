// vigil-expect: vulnerable cwe=730
// case: Pattern.matches with a path variable as the regular expression
package corpus.heldout4.regex;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PatternMatchesController {
  @GetMapping("/codes/{rule}/check")
  public boolean check(@PathVariable String rule) {
    return java.util.regex.Pattern.matches(rule, "ORDER-2026-0001");
  }
}
