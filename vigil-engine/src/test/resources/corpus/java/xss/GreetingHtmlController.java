// vigil-expect: vulnerable cwe=79
// case: a @ResponseBody handler producing text/html returns the request parameter inside markup
package corpus.xss2;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class GreetingHtmlController {
  @GetMapping(value = "/greet", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String greet(@RequestParam(defaultValue = "guest") String name) {
    return "<html><body><h1>Hello, " + name + "!</h1></body></html>";
  }
}
