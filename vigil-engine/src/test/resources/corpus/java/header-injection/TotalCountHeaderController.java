// vigil-expect: safe cwe=113
// case: only the size of the result set, filtered by the input, goes into a header
package corpus.header;

import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TotalCountHeaderController {
  private final List<String> products = List.of("lamp", "desk", "chair", "shelf");

  @GetMapping("/products")
  public List<String> search(@RequestParam String q, HttpServletResponse response) {
    List<String> matches = products.stream().filter(p -> p.contains(q)).toList();
    response.setHeader("X-Total-Count", String.valueOf(matches.size()));
    return matches;
  }
}
