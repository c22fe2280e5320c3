// vigil-expect: safe cwe=611
// case: the XMLReader of a SAXParser has DOCTYPEs disallowed before it parses
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

public class XmlReaderDoctypeOff {
  public void read(InputStream in, DefaultHandler handler) throws Exception {
    XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
    reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    reader.setContentHandler(handler);
    reader.parse(new InputSource(in));
  }
}
