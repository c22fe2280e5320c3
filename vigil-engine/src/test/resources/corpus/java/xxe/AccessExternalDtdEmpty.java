// vigil-expect: safe cwe=611
// case: external DTDs and schemas are forbidden through the JAXP access attributes
package corpus.xxe;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
public class AccessExternalDtdEmpty {
  @PostMapping(value = "/orders", consumes = "application/xml")
  public String order(@RequestBody InputStream body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setExpandEntityReferences(false);
    Document document = factory.newDocumentBuilder().parse(body);
    return document.getDocumentElement().getAttribute("id");
  }
}
