// vigil-expect: safe cwe=730
// case: the tainted list is split on a constant separator
package corpus.heldout4.regex;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ConstantSplitController {
  @GetMapping("/ids")
  public int count(@RequestParam String ids) {
    List<String> parts = Arrays.asList(ids.split("\\s*,\\s*"));
    return parts.size();
  }
}
