// vigil-expect: vulnerable cwe=918
// case: a request header names the upstream host that java.net.http.HttpClient calls
package corpus.ssrf2;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;

@Path("/health/upstream")
public class UpstreamHeaderResource {
  private final HttpClient client = HttpClient.newHttpClient();

  @GET
  public int check(@HeaderParam("X-Upstream") String upstream) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder()
        .uri(URI.create("http://" + upstream + "/actuator/health"))
        .GET()
        .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
