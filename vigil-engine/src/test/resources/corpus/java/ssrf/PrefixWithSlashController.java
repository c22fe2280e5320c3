// vigil-expect: safe cwe=918
// case: prefix check includes the path separator after the host
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/prefix-with-slash")
public class PrefixWithSlashController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping("/{url}")
  public void handle(@PathVariable("url") String url, HttpServletResponse response)
      throws IOException {
    if (!url.startsWith("https://cdn.example.com/")) {
      response.sendError(400);
      return;
    }
    response.getWriter().print(restTemplate.getForObject(url, String.class));
  }
}
