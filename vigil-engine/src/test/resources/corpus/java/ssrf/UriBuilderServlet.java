// vigil-expect: vulnerable cwe=918
// case: URI.create then toURL
package corpus.ssrf;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

@WebServlet("/ssrf/uri-builder")
public class UriBuilderServlet extends HttpServlet {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String url = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("url".equals(cookie.getName())) {
          url = cookie.getValue();
        }
      }
    }
    HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
    response.getWriter().print(conn.getResponseCode());
  }
}
