// vigil-expect: vulnerable cwe=611
// case: default DocumentBuilder parses the request body stream
package corpus.xxe;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;

@Controller
@RequestMapping("/xxe/request-stream")
public class RequestStreamController {
  @PostMapping
  public void handle(@RequestHeader("X-Xml") String xml, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(request.getInputStream());
      response.getWriter().print(doc.getDocumentElement().getNodeName() + xml.length());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
