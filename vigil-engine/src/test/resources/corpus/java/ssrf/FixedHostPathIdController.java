// vigil-expect: safe cwe=918
// case: fixed host; input only as an encoded path segment
package corpus.ssrf;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/fixed-host-path-id")
public class FixedHostPathIdController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@RequestHeader("X-Url") String url, HttpServletResponse response)
      throws IOException {
    String segment = URLEncoder.encode(url, StandardCharsets.UTF_8);
    response.getWriter().print(
        restTemplate.getForObject("https://api.example.com/v2/users/" + segment, String.class));
  }
}
