// vigil-expect: vulnerable cwe=79
// case: a JSONP endpoint wraps the JSON in a callback name taken verbatim from the request
package corpus.xss2;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JsonpCallbackController {
  @GetMapping(value = "/api/status.js", produces = "application/javascript")
  public String status(@RequestParam(defaultValue = "cb") String callback) {
    String json = "{\"status\":\"ok\",\"version\":3}";
    return callback + "(" + json + ");";
  }
}
