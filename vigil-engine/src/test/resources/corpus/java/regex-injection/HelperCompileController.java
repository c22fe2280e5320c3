// vigil-expect: vulnerable cwe=730
// case: a private helper compiles its argument; the controller passes the request parameter
package corpus.heldout4.regex;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HelperCompileController {
  @GetMapping("/tags")
  public boolean tagged(@RequestParam String expression) {
    return matcherFor(expression).matcher("java,security").find();
  }

  private static Pattern matcherFor(String expression) {
    return Pattern.compile(expression.trim());
  }
}
