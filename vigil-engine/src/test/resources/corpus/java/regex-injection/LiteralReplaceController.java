// vigil-expect: safe cwe=730
// case: String.replace takes its target literally (no regular expression) even when it comes from the request
package corpus.heldout4.regex;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LiteralReplaceController {
  @GetMapping("/greeting")
  public String greeting(@RequestParam String name) {
    return "Hello, NAME!".replace("NAME", "guest").replace(name, "*");
  }
}
