// vigil-expect: safe cwe=918
// case: only a parsed id reaches the URL
package corpus.ssrf;

import java.io.IOException;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/numeric-id")
public class NumericIdResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GET
  public void handle(@QueryParam("url") String url, @Context HttpServletResponse response)
      throws IOException {
    long id = Long.parseLong(url);
    response.getWriter().print(
        restTemplate.getForObject("https://api.example.com/items/" + id, String.class));
  }
}
