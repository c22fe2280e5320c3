// vigil-expect: safe cwe=79
// case: the OWASP Java HTML Sanitizer's PolicyFactory.sanitize cleans the comment before it is returned as HTML
package corpus.heldout3.xss;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.stereotype.Controller;

@Controller
public class OwaspPolicySanitizerController {
  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("b", "i", "p").toFactory();

  @PostMapping(value = "/comments/preview", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String preview(@RequestParam String comment) {
    return "<div class=\"comment\">" + POLICY.sanitize(comment) + "</div>";
  }
}
