// vigil-expect: vulnerable cwe=611
// case: an XMLReader taken from a default SAXParser parses a caller's stream
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

public class XmlReaderFromSaxParser {
  public void read(InputStream in, DefaultHandler handler) throws Exception {
    SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
    XMLReader reader = parser.getXMLReader();
    reader.setContentHandler(handler);
    reader.parse(new InputSource(in));
  }
}
