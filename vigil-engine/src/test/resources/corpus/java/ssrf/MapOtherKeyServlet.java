// vigil-expect: safe cwe=918
// case: fetch uses the key holding a constant
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

@WebServlet("/ssrf/map-other-key")
public class MapOtherKeyServlet extends HttpServlet {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String url = request.getParameter("url");
    Map<String, String> urls = new HashMap<>();
    urls.put("user", url);
    urls.put("status", "https://status.example.com/");
    response.getWriter().print(restTemplate.getForObject(urls.get("status"), String.class));
  }
}
