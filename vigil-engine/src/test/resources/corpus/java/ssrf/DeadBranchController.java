// vigil-expect: safe cwe=918
// case: tainted value only in the dead else branch
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/dead-branch")
public class DeadBranchController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @PostMapping
  public void handle(@RequestBody String url, HttpServletResponse response)
      throws IOException {
    String target;
    if ((7 * 42) - 86 > 200) {
      target = "https://status.example.com/";
    } else {
      target = url;
    }
    response.getWriter().print(restTemplate.getForObject(target, String.class));
  }
}
