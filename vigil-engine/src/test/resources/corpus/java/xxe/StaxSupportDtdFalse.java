// vigil-expect: safe cwe=611
// case: StAX with DTD support off through Boolean.FALSE
package corpus.xxe;

import java.io.InputStream;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;

public class StaxSupportDtdFalse {
  public int events(InputStream in) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    XMLEventReader reader = factory.createXMLEventReader(in);
    int count = 0;
    while (reader.hasNext()) {
      reader.nextEvent();
      count++;
    }
    return count;
  }
}
