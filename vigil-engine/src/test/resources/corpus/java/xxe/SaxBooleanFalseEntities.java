// vigil-expect: safe cwe=611
// case: SAX with both external entity kinds switched off through Boolean.FALSE
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

public class SaxBooleanFalseEntities {
  public void feed(InputStream in, DefaultHandler handler) throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setFeature("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
    factory.newSAXParser().parse(in, handler);
  }
}
