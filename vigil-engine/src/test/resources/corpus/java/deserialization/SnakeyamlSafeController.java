// vigil-expect: safe cwe=502
// case: SnakeYAML with SafeConstructor
package corpus.deser;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@Controller
@RequestMapping("/deser/snakeyaml-safe")
public class SnakeyamlSafeController {
  @GetMapping
  public void handle(@RequestParam("state") String payload, HttpServletResponse response)
      throws IOException {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Object config = yaml.load(payload);
    response.getWriter().print(config != null);
  }
}
