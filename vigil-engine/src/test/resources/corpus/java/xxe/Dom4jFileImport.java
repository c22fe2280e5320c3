// vigil-expect: vulnerable cwe=611
// case: dom4j SAXReader constructed with defaults reads an imported file
package corpus.xxe;

import java.io.File;
import org.dom4j.Document;
import org.dom4j.io.SAXReader;

public class Dom4jFileImport {
  private final SAXReader reader = new SAXReader();

  public int countItems(File upload) throws Exception {
    Document document = reader.read(upload);
    return document.getRootElement().elements("item").size();
  }
}
