// vigil-expect: safe cwe=918
// case: host of the parsed URI checked against an allow-list
package corpus.ssrf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/host-allow-list")
public class HostAllowListResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GET
  public void handle(@HeaderParam("X-Url") String url, @Context HttpServletResponse response)
      throws IOException {
    URI uri = URI.create(url);
    if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
      response.sendError(400);
      return;
    }
    response.getWriter().print(restTemplate.getForObject(uri, String.class));
  }

  private static final Set<String> ALLOWED_HOSTS = Set.of("cdn.example.com", "img.example.com");
}
