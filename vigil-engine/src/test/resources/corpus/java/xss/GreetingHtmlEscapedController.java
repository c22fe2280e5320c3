// vigil-expect: safe cwe=79
// case: a @ResponseBody text/html handler escapes the parameter with Spring HtmlUtils
package corpus.xss2;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
public class GreetingHtmlEscapedController {
  @GetMapping(value = "/greet-escaped", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String greet(@RequestParam(defaultValue = "guest") String name) {
    return "<html><body><h1>Hello, " + HtmlUtils.htmlEscape(name) + "!</h1></body></html>";
  }
}
