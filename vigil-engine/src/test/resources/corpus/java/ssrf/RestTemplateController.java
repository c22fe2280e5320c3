// vigil-expect: vulnerable cwe=918
// case: RestTemplate fetches a user-supplied URL
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/rest-template")
public class RestTemplateController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@RequestParam("url") String url, HttpServletResponse response)
      throws IOException {
    String body = restTemplate.getForObject(url, String.class);
    response.getWriter().print(body);
  }
}
