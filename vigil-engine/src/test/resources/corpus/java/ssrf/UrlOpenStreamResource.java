// vigil-expect: vulnerable cwe=918
// case: URL.openStream on the input
package corpus.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.web.client.RestTemplate;

@Path("/ssrf/url-open-stream")
public class UrlOpenStreamResource {
  private final RestTemplate restTemplate = new RestTemplate();
  private final HttpClient httpClient = HttpClient.newHttpClient();

  @POST
  public void handle(@FormParam("url") String url, @Context HttpServletResponse response)
      throws IOException {
    try (InputStream in = new URL(url).openStream()) {
      response.getWriter().print(in.readAllBytes().length);
    }
  }
}
