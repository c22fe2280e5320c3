// vigil-expect: vulnerable cwe=611
// case: the DOM factory is hardened but the SAX factory of the same class is not
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

public class SaxBesideHardenedDom {
  public Document dom(InputStream in) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return dbf.newDocumentBuilder().parse(in);
  }

  public void sax(InputStream in, DefaultHandler handler) throws Exception {
    SAXParserFactory spf = SAXParserFactory.newInstance();
    spf.setNamespaceAware(true);
    spf.newSAXParser().parse(in, handler);
  }
}
