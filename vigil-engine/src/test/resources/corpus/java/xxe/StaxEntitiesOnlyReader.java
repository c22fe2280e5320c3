// vigil-expect: vulnerable cwe=611
// case: StAX with only external entities off still loads external DTDs (SUPPORT_DTD stays on)
package corpus.xxe;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class StaxEntitiesOnlyReader {
  public String rootName(Reader source) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    XMLStreamReader reader = factory.createXMLStreamReader(source);
    reader.nextTag();
    return reader.getLocalName();
  }
}
