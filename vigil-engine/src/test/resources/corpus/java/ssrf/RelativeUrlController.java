// vigil-expect: vulnerable cwe=918
// case: new URL(base, input) lets an absolute input replace the base
package corpus.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/relative-url")
public class RelativeUrlController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@RequestHeader("X-Url") String url, HttpServletResponse response)
      throws IOException {
    URL target = new URL(new URL("https://api.example.com/"), url);
    try (InputStream in = target.openStream()) {
      response.getWriter().print(in.readAllBytes().length);
    }
  }
}
