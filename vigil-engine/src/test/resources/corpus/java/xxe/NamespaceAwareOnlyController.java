// vigil-expect: vulnerable cwe=611
// case: namespace awareness is not a protection
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@Controller
@RequestMapping("/xxe/namespace-aware-only")
public class NamespaceAwareOnlyController {
  @PostMapping
  public void handle(@RequestHeader("X-Xml") String xml, HttpServletResponse response)
      throws IOException {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setNamespaceAware(true);
      dbf.setValidating(false);
      Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      response.getWriter().print(doc.getChildNodes().getLength());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
