// vigil-expect: vulnerable cwe=79
// case: HtmlUtils.htmlUnescape decodes entities; its name contains "escape" but it undoes escaping
package corpus.heldout3.xss;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
public class HtmlUnescapeController {
  @GetMapping(value = "/titles/preview", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String preview(@RequestParam String title) {
    return "<h1>" + HtmlUtils.htmlUnescape(title) + "</h1>";
  }
}
