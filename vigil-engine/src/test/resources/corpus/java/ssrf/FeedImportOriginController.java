// vigil-expect: safe cwe=918
// case: early return unless the URL starts with a fixed origin including its trailing slash
package corpus.ssrf2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FeedImportOriginController {
  private static final String FEED_ORIGIN = "https://feeds.example.com/";

  @PostMapping("/feeds/import-origin")
  public ResponseEntity<Integer> importFeed(@RequestParam String feedUrl) throws IOException {
    if (!feedUrl.startsWith(FEED_ORIGIN)) {
      return ResponseEntity.badRequest().build();
    }
    return ResponseEntity.ok(download(feedUrl).length);
  }

  private byte[] download(String url) throws IOException {
    try (InputStream in = new URL(url).openStream()) {
      return in.readNBytes(5 * 1024 * 1024);
    }
  }
}
