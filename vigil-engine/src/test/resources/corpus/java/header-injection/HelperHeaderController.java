// vigil-expect: vulnerable cwe=113
// case: helper sets the header
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/header/helper-header")
public class HelperHeaderController {
  @GetMapping("/{lang}")
  public void handle(@PathVariable("lang") String lang, HttpServletResponse response)
      throws IOException {
    tag(response, lang);
  }

  private void tag(javax.servlet.http.HttpServletResponse res, String value) {
    res.addHeader("X-Tag", value);
  }
}
