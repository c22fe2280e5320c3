// vigil-expect: vulnerable cwe=918
// case: URL from the request opened directly
package corpus.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

@WebServlet("/ssrf/url-open-connection")
public class UrlOpenConnectionServlet extends HttpServlet {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String url = request.getParameter("url");
    HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
    try (InputStream in = conn.getInputStream()) {
      in.transferTo(response.getOutputStream());
    }
  }
}
