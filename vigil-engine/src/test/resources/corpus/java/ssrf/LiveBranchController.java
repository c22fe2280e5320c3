// vigil-expect: vulnerable cwe=918
// case: always-true constant condition keeps the tainted value
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/live-branch")
public class LiveBranchController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@RequestHeader("X-Url") String url, HttpServletResponse response)
      throws IOException {
    String target = "https://status.example.com/";
    if ((7 * 42) - 86 > 200) {
      target = url;
    }
    response.getWriter().print(restTemplate.getForObject(target, String.class));
  }
}
