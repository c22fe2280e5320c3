// vigil-expect: vulnerable cwe=611
// case: default SAXParserFactory
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

@Controller
@RequestMapping("/xxe/sax-parser")
public class SaxParserController {
  @PostMapping
  public void handle(@RequestParam("xml") String xml, HttpServletResponse response)
      throws IOException {
    try {
      SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
      parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler());
      response.setStatus(202);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
