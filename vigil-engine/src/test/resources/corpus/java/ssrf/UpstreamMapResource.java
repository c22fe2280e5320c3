// vigil-expect: safe cwe=918
// case: the header only selects one of the configured upstream URIs; unknown names are rejected
package corpus.ssrf2;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.WebApplicationException;

@Path("/health/upstream-known")
public class UpstreamMapResource {
  private static final Map<String, URI> UPSTREAMS = Map.of(
      "billing", URI.create("http://billing.internal:8080/actuator/health"),
      "search", URI.create("http://search.internal:9200/_cluster/health"));
  private final HttpClient client = HttpClient.newHttpClient();

  @GET
  public int check(@HeaderParam("X-Upstream") String upstream) throws IOException, InterruptedException {
    URI target = UPSTREAMS.get(upstream);
    if (target == null) {
      throw new WebApplicationException(400);
    }
    HttpRequest request = HttpRequest.newBuilder().uri(target).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
