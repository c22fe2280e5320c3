// vigil-expect: vulnerable cwe=918
// case: host part comes from the request
package corpus.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/host-concat")
public class HostConcatController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping("/{url}")
  public void handle(@PathVariable("url") String url, HttpServletResponse response)
      throws IOException {
    URL health = new URL("http://" + url + ":8080/actuator/health");
    try (InputStream in = health.openStream()) {
      response.getWriter().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
