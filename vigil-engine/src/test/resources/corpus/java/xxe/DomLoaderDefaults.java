// vigil-expect: vulnerable cwe=611
// case: a library loader parses a caller's stream with a default DocumentBuilderFactory
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class DomLoaderDefaults {
  public Document load(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(in);
  }
}
