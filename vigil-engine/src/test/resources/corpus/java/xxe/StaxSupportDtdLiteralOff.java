// vigil-expect: safe cwe=611
// case: StAX with DTD support off by its property name
package corpus.xxe;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class StaxSupportDtdLiteralOff {
  public XMLStreamReader open(InputStream in) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty("javax.xml.stream.supportDTD", false);
    return factory.createXMLStreamReader(in);
  }
}
