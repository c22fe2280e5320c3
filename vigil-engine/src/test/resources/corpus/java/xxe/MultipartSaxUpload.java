// vigil-expect: vulnerable cwe=611
// case: an uploaded XML file parsed with a default SAXParser
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

@RestController
public class MultipartSaxUpload {
  @PostMapping("/import")
  public int importFeed(@RequestParam("file") MultipartFile file) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    SAXParser parser = factory.newSAXParser();
    int[] items = {0};
    try (InputStream in = file.getInputStream()) {
      parser.parse(in, new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
          if ("item".equals(local)) items[0]++;
        }
      });
    }
    return items[0];
  }
}
