// vigil-expect: safe cwe=611
// case: SAX parser with doctype disallowed
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

@Controller
@RequestMapping("/xxe/sax-secure")
public class SaxSecureController {
  @PostMapping
  public void handle(@RequestBody String xml)
      throws IOException {
    try {
      SAXParserFactory spf = SAXParserFactory.newInstance();
      spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      spf.newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
