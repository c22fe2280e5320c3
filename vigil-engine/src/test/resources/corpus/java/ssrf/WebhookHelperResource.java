// vigil-expect: vulnerable cwe=918
// case: webhook callback fetched by a helper
package corpus.ssrf;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/webhook-helper")
public class WebhookHelperResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @POST
  public void handle(@FormParam("url") String url, @Context HttpServletResponse response)
      throws IOException {
    response.getWriter().print(ping(url));
  }

  private int ping(String callback) throws IOException {
    HttpURLConnection conn = (HttpURLConnection) new URL(callback).openConnection();
    conn.setRequestMethod("POST");
    return conn.getResponseCode();
  }
}
