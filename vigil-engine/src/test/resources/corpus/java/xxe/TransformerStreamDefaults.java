// vigil-expect: vulnerable cwe=611
// case: a default TransformerFactory transforms a caller's stream source
package corpus.xxe;

import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

public class TransformerStreamDefaults {
  private static final TransformerFactory FACTORY = TransformerFactory.newInstance();

  public String pretty(InputStream xml) throws Exception {
    Transformer transformer = FACTORY.newTransformer();
    StringWriter out = new StringWriter();
    transformer.transform(new StreamSource(xml), new StreamResult(out));
    return out.toString();
  }
}
