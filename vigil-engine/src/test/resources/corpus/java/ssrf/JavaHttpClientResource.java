// vigil-expect: vulnerable cwe=918
// case: java.net.http client with URI.create(input)
package corpus.ssrf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/java-http-client")
public class JavaHttpClientResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GET
  public void handle(@QueryParam("url") String url, @Context HttpServletResponse response)
      throws IOException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();
    try {
      HttpResponse<String> res = httpClient.send(req, HttpResponse.BodyHandlers.ofString());
      response.getWriter().print(res.statusCode());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
