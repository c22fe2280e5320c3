// vigil-expect: vulnerable cwe=611
// case: XMLReaderFactory.createXMLReader with defaults parses a caller's input source
package corpus.xxe;

import java.io.InputStream;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLReaderFactory;

public class XmlReaderFactoryParse {
  public void scan(InputStream in, DefaultHandler handler) throws Exception {
    XMLReader reader = XMLReaderFactory.createXMLReader();
    reader.setContentHandler(handler);
    reader.parse(new InputSource(in));
  }
}
