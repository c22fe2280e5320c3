package corpus.ssrf.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

public class LinkPreviewClient {
  public String title(String link) throws IOException {
    try (InputStream in = new URL(link).openStream()) {
      String html = new String(in.readNBytes(65536), StandardCharsets.UTF_8);
      int start = html.indexOf("<title>");
      int end = html.indexOf("</title>");
      return start >= 0 && end > start ? html.substring(start + 7, end) : "";
    }
  }
}
