// vigil-expect: vulnerable cwe=918
// case: Jsoup fetches the given URL
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestTemplate;

@Controller
@RequestMapping("/ssrf/jsoup-connect")
public class JsoupConnectController {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GetMapping
  public void handle(@CookieValue("url") String url, HttpServletResponse response)
      throws IOException {
    String title = org.jsoup.Jsoup.connect(url).get().title();
    response.getWriter().print(title);
  }
}
