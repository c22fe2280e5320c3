// vigil-expect: vulnerable cwe=611
// case: only external general entities are off; external parameter entities still resolve
package corpus.xxe;

import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class DomGeneralEntitiesOnly {
  public Document open(File file) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
    return dbf.newDocumentBuilder().parse(file);
  }
}
