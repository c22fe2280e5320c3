// vigil-expect: safe cwe=79
// case: the callback name is kept only when it matches an identifier pattern, otherwise a constant
package corpus.xss2;

import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JsonpCallbackCheckedController {
  private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_$][A-Za-z0-9_$]{0,63}$");

  @GetMapping(value = "/api/status-checked.js", produces = "application/javascript")
  public String status(@RequestParam(defaultValue = "cb") String callback) {
    String name = IDENTIFIER.matcher(callback).matches() ? callback : "cb";
    String json = "{\"status\":\"ok\",\"version\":3}";
    return name + "(" + json + ");";
  }
}
