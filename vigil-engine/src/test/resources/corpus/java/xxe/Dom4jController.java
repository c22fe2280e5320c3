// vigil-expect: vulnerable cwe=611
// case: dom4j SAXReader without features
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import org.dom4j.io.SAXReader;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xxe/dom4j")
public class Dom4jController {
  @PostMapping("/{xml}")
  public void handle(@PathVariable("xml") String xml, HttpServletResponse response)
      throws IOException {
    try {
      SAXReader reader = new SAXReader();
      org.dom4j.Document doc = reader.read(new StringReader(xml));
      response.getWriter().print(doc.getRootElement().getName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
