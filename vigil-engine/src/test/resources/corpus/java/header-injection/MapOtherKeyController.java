// vigil-expect: safe cwe=113
// case: header uses the key holding a constant
package corpus.header;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/header/map-other-key")
public class MapOtherKeyController {
  @GetMapping
  public void handle(@RequestParam("lang") String lang, HttpServletResponse response)
      throws IOException {
    Map<String, String> headers = new HashMap<>();
    headers.put("requested", lang);
    headers.put("default", "en");
    response.setHeader("Content-Language", headers.get("default"));
  }
}
