// vigil-expect: safe cwe=918
// case: value overwritten before the request
package corpus.ssrf;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/overwritten")
public class OverwrittenController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@RequestParam("url") String url, HttpServletResponse response)
      throws IOException {
    String target = url;
    target = "https://status.example.com/";
    HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();
    response.getWriter().print(conn.getResponseCode());
  }
}
