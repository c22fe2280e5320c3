// vigil-expect: vulnerable cwe=611
// case: JAXB Unmarshaller reads a raw stream (its parser's defaults resolve external entities)
package corpus.xxe;

import java.io.InputStream;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.Unmarshaller;

public class JaxbStreamUnmarshal {
  public static class Order {
    public String id;
  }

  public Order read(InputStream payload) throws Exception {
    JAXBContext context = JAXBContext.newInstance(Order.class);
    Unmarshaller unmarshaller = context.createUnmarshaller();
    return (Order) unmarshaller.unmarshal(payload);
  }
}
