// vigil-expect: safe cwe=918
// case: exact match against known URLs
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

@WebServlet("/ssrf/allow-list-equals")
public class AllowListEqualsServlet extends HttpServlet {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String url = request.getHeader("X-Url");
    if (!url.equals("https://partner-a.example.com/feed") && !url.equals("https://partner-b.example.com/feed")) {
      response.sendError(400);
      return;
    }
    response.getWriter().print(restTemplate.getForObject(url, String.class));
  }
}
