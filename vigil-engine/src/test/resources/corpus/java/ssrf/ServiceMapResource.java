// vigil-expect: safe cwe=918
// case: the input picks a service from a constant map
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/service-map")
public class ServiceMapResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GET
  @Path("/{url}")
  public void handle(@PathParam("url") String url, @Context HttpServletResponse response)
      throws IOException {
    String target = SERVICES.getOrDefault(url, "https://status.example.com/ping");
    response.getWriter().print(restTemplate.getForObject(target, String.class));
  }

  private static final Map<String, String> SERVICES = Map.of(
      "billing", "https://billing.internal.example.com/ping",
      "search", "https://search.internal.example.com/ping");
}
