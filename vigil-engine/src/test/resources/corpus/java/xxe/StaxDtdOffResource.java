// vigil-expect: safe cwe=611
// case: XMLInputFactory with DTD support and external entities switched off
package corpus.xxe;

import java.io.InputStream;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

@Path("/feeds")
public class StaxDtdOffResource {
  @POST
  public int count(InputStream body) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(body);
    int entries = 0;
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamReader.START_ELEMENT && "entry".equals(reader.getLocalName())) {
        entries++;
      }
    }
    return entries;
  }
}
