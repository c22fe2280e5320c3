// vigil-expect: safe cwe=611
// case: a default parser reads a document bundled on the class path, not outside input
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class BundledSchemaDefaults {
  public String version() throws Exception {
    try (InputStream in = ClassLoader.getSystemResourceAsStream("META-INF/defaults.xml")) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      return doc.getDocumentElement().getAttribute("version");
    }
  }
}
