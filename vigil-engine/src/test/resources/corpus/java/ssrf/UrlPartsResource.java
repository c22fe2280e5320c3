// vigil-expect: safe cwe=918
// case: URL built from a fixed host and a parsed id
package corpus.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/url-parts")
public class UrlPartsResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @GET
  public void handle(@HeaderParam("X-Url") String url, @Context HttpServletResponse response)
      throws IOException {
    URL target = new URL("https", "api.example.com", "/v1/items/" + Integer.parseInt(url));
    try (InputStream in = target.openStream()) {
      response.getWriter().print(in.readAllBytes().length);
    }
  }
}
