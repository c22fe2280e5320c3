// vigil-expect: safe cwe=113
// case: only a parsed integer is sent
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/header/numeric")
public class NumericController {
  @PostMapping
  public void handle(@RequestBody String lang, HttpServletResponse response)
      throws IOException {
    int version = Integer.parseInt(lang);
    response.setHeader("X-Api-Version", String.valueOf(version));
  }
}
