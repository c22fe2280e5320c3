// vigil-expect: safe cwe=611
// case: JAXB unmarshals from a stream reader of a StAX factory with DTD support off
package corpus.xxe;

import java.io.InputStream;
import javax.xml.bind.JAXBContext;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class JaxbFromHardenedStax {
  public static class Invoice {
    public String number;
  }

  public Invoice read(InputStream payload) throws Exception {
    XMLInputFactory xif = XMLInputFactory.newFactory();
    xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader source = xif.createXMLStreamReader(payload);
    return JAXBContext.newInstance(Invoice.class).createUnmarshaller()
        .unmarshal(source, Invoice.class).getValue();
  }
}
