// vigil-expect: vulnerable cwe=730
// case: String.replaceFirst with a request parameter as the regex, the receiver a constant
package corpus.heldout4.regex;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReplaceFirstController {
  @PostMapping("/banner")
  public String banner(@RequestParam("strip") String strip) {
    String banner = "Welcome to the shop";
    return banner.replaceFirst(strip, "");
  }
}
