// vigil-expect: safe cwe=113
// case: inline Content-Disposition with the name (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/header/inline-disposition")
public class InlineDispositionController {
  @GetMapping
  public void handle(@RequestHeader("X-Lang") String lang, HttpServletResponse response)
      throws IOException {
    response.addHeader("Content-Disposition", "inline; filename=" + lang + ".pdf");
  }
}
