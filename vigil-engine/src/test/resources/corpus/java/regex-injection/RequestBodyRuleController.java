// vigil-expect: vulnerable cwe=730
// case: a field of a @RequestBody record becomes the validation pattern
package corpus.heldout4.regex;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RequestBodyRuleController {
  public record Rule(String field, String regex) {}

  @PostMapping("/rules/test")
  public boolean test(@RequestBody Rule rule) {
    Pattern compiled = Pattern.compile(rule.regex());
    return compiled.matcher(rule.field()).matches();
  }
}
