// vigil-expect: vulnerable cwe=502
// case: SnakeYAML default constructor
package corpus.deser;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.yaml.snakeyaml.Yaml;

@Controller
@RequestMapping("/deser/snakeyaml-load")
public class SnakeyamlLoadController {
  @GetMapping
  public void handle(@CookieValue("state") String payload, HttpServletResponse response)
      throws IOException {
    Yaml yaml = new Yaml();
    Object config = yaml.load(payload);
    response.getWriter().print(config != null);
  }
}
