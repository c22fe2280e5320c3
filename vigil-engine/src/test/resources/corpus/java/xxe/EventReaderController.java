// vigil-expect: vulnerable cwe=611
// case: default XMLInputFactory event reader
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/xxe/event-reader")
public class EventReaderController {
  @PostMapping
  public void handle(@CookieValue("xml") String xml, HttpServletResponse response)
      throws IOException {
    try {
      javax.xml.stream.XMLEventReader events = XMLInputFactory.newFactory().createXMLEventReader(new StringReader(xml));
      int count = 0;
      while (events.hasNext()) {
        events.nextEvent();
        count++;
      }
      response.getWriter().print(count);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
