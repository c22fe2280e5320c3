// vigil-expect: safe cwe=730
// case: the request parameter is only the subject; the regular expression is a constant
package corpus.heldout4.regex;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SubjectOnlyController {
  @GetMapping("/usernames/valid")
  public boolean valid(@RequestParam String username) {
    return username.matches("[a-z][a-z0-9_]{2,15}");
  }
}
