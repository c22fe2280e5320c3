// vigil-expect: vulnerable cwe=918
// case: RestTemplate fetches from a URL assembled from the requested host and port
package corpus.ssrf2;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class ImageProxyHostController {
  private final RestTemplate rest;

  public ImageProxyHostController(RestTemplate rest) {
    this.rest = rest;
  }

  @GetMapping(value = "/img-proxy", produces = "image/png")
  public byte[] image(@RequestParam String host, @RequestParam(defaultValue = "443") int port,
      @RequestParam String path) {
    String url = "https://" + host + ":" + port + "/" + path;
    return rest.getForObject(url, byte[].class);
  }
}
