// vigil-expect: safe cwe=918
// case: input is an encoded query parameter of a fixed URL
package corpus.ssrf;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/encoded-query")
public class EncodedQueryController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@CookieValue("url") String url, HttpServletResponse response)
      throws IOException {
    String target = "https://api.example.com/search?q=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    response.getWriter().print(restTemplate.getForObject(target, String.class));
  }
}
