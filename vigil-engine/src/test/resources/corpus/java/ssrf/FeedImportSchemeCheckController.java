// vigil-expect: vulnerable cwe=918
// case: a helper only checks the scheme prefix; another helper opens the URL (any host passes)
package corpus.ssrf2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FeedImportSchemeCheckController {
  @PostMapping("/feeds/import")
  public ResponseEntity<Integer> importFeed(@RequestParam String feedUrl) throws IOException {
    if (!isWeb(feedUrl)) {
      return ResponseEntity.badRequest().build();
    }
    return ResponseEntity.ok(download(feedUrl).length);
  }

  private boolean isWeb(String url) {
    return url.startsWith("http://") || url.startsWith("https://");
  }

  private byte[] download(String url) throws IOException {
    try (InputStream in = new URL(url).openStream()) {
      return in.readNBytes(5 * 1024 * 1024);
    }
  }
}
