// vigil-expect: vulnerable cwe=611
// case: a SAXParserFactory kept in a static field parses a caller's stream
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

public class SaxParserStaticField {
  private static final SAXParserFactory SAX = SAXParserFactory.newInstance();

  static {
    SAX.setNamespaceAware(true);
  }

  public void feed(InputStream in, DefaultHandler handler) throws Exception {
    SAXParser parser = SAX.newSAXParser();
    parser.parse(in, handler);
  }
}
