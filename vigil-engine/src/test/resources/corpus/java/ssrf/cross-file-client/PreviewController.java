// vigil-expect: vulnerable cwe=918
// case: a link-preview client in another file fetches the user's URL
package corpus.ssrf.preview;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PreviewController {
  private final LinkPreviewClient client = new LinkPreviewClient();

  @GetMapping("/preview")
  public String preview(@RequestParam("link") String link) throws IOException {
    return client.title(link);
  }
}
