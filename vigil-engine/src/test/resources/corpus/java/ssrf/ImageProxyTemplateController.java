// vigil-expect: safe cwe=918
// case: RestTemplate URI template with a fixed host; the id is an expanded (encoded) variable
package corpus.ssrf2;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class ImageProxyTemplateController {
  private static final String CDN_IMAGE = "https://cdn.example.com/images/{id}/thumb.png";
  private final RestTemplate rest;

  public ImageProxyTemplateController(RestTemplate rest) {
    this.rest = rest;
  }

  @GetMapping(value = "/img-cdn", produces = "image/png")
  public byte[] image(@RequestParam String id) {
    return rest.getForObject(CDN_IMAGE, byte[].class, id);
  }
}
