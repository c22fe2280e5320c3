// vigil-expect: safe cwe=611
// case: external DTD and schema access disabled
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@Controller
@RequestMapping("/xxe/external-access-off")
public class ExternalAccessOffController {
  @PostMapping
  public void handle(@CookieValue("xml") String xml, HttpServletResponse response)
      throws IOException {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      response.getWriter().print(doc.getDocumentElement().getNodeName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
