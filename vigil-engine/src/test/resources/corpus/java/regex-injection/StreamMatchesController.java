// vigil-expect: vulnerable cwe=730
// case: String.matches with a request parameter as the regular expression, inside a stream filter
package corpus.heldout4.regex;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StreamMatchesController {
  private final List<String> users = List.of("ada", "grace", "linus");

  @GetMapping("/users/search")
  public List<String> search(@RequestParam String filter) {
    return users.stream().filter(name -> name.matches(filter)).toList();
  }
}
