// vigil-expect: vulnerable cwe=918
// case: Apache HttpGet with the input
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.web.client.RestTemplate;

@WebServlet("/ssrf/apache-http-get")
public class ApacheHttpGetServlet extends HttpServlet {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String url = request.getHeader("X-Url");
    try (CloseableHttpClient client = HttpClients.createDefault();
         CloseableHttpResponse res = client.execute(new HttpGet(url))) {
      response.getWriter().print(res.getStatusLine().getStatusCode());
    }
  }
}
