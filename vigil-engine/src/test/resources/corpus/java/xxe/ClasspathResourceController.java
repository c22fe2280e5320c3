// vigil-expect: safe cwe=611
// case: default parser reads a bundled resource, not the request
package corpus.xxe;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xxe/classpath-resource")
public class ClasspathResourceController {
  @GetMapping
  public void handle(@RequestParam("xml") String xml, HttpServletResponse response)
      throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/defaults/settings.xml")) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      response.getWriter().print(doc.getDocumentElement().getAttribute("version") + xml.length());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
