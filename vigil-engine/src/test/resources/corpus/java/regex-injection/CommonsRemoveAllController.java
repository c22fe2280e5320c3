// vigil-expect: vulnerable cwe=730
// case: Commons Lang RegExUtils.removeAll with the regex from the request
package corpus.heldout4.regex;

import org.apache.commons.lang3.RegExUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CommonsRemoveAllController {
  @GetMapping("/clean")
  public String clean(@RequestParam String noise) {
    return RegExUtils.removeAll("order #42 shipped", noise);
  }
}
