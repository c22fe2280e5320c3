// vigil-expect: safe cwe=611
// case: dom4j SAXReader.createDefault() disables external entities and DTD loading
package corpus.xxe;

import java.io.InputStream;
import org.dom4j.Document;
import org.dom4j.io.SAXReader;

public class Dom4jCreateDefault {
  public Document read(InputStream in) throws Exception {
    SAXReader reader = SAXReader.createDefault();
    return reader.read(in);
  }
}
