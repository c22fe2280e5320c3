// vigil-expect: safe cwe=611
// case: external DTD access set to none through the property's URI
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class DomAccessDtdLiteral {
  public Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setAttribute("http://javax.xml.XMLConstants/property/accessExternalDTD", "");
    return factory.newDocumentBuilder().parse(in);
  }
}
