// vigil-expect: safe cwe=611
// case: a default Transformer serialises a DOM tree held in a Source variable
package corpus.xxe;

import java.io.StringWriter;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

public class TransformerDomSourceVariable {
  public String write(Document document) throws Exception {
    Source source = new DOMSource(document);
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance().newTransformer().transform(source, new StreamResult(out));
    return out.toString();
  }
}
