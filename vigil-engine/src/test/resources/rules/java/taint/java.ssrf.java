package samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestTemplate;

public class SsrfSamples {
  private final RestTemplate rest = new RestTemplate();
  private static final Map<String, String> BACKENDS = Map.of("eu", "https://eu.example.org", "us", "https://us.example.org");

  public InputStream fetch(HttpServletRequest request) throws IOException {
    URL url = new URL(request.getParameter("url"));
    // ruleid: java.ssrf
    return url.openStream();
  }

  @GetMapping("/proxy")
  public String proxy(@RequestParam String target) {
    // ruleid: java.ssrf
    return rest.getForObject(target, String.class);
  }

  @GetMapping("/region")
  public String region(@RequestParam String region) {
    String base = BACKENDS.get(region);
    // ok: java.ssrf
    return rest.getForObject(base + "/status", String.class);
  }

  public InputStream fixed() throws IOException {
    // ok: java.ssrf
    return new URL("https://status.example.org/health").openStream();
  }
}
