// vigil-expect: vulnerable cwe=611
// case: StAX with DTD support switched on explicitly by its property name
package corpus.xxe;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class StaxSupportDtdTrue {
  public XMLStreamReader open(InputStream in) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty("javax.xml.stream.supportDTD", true);
    return factory.createXMLStreamReader(in);
  }
}
