// vigil-expect: vulnerable cwe=918
// case: prefix check without a trailing slash lets cdn.example.com.evil.net through
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

@WebServlet("/ssrf/prefix-without-slash")
public class PrefixWithoutSlashServlet extends HttpServlet {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String url = request.getHeader("X-Url");
    if (!url.startsWith("https://cdn.example.com")) {
      response.sendError(400);
      return;
    }
    response.getWriter().print(restTemplate.getForObject(url, String.class));
  }
}
