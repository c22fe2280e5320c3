// vigil-expect: safe cwe=611
// case: dom4j SAXReader with DOCTYPEs disallowed, the feature named by a constant
package corpus.xxe;

import java.io.File;
import org.dom4j.Document;
import org.dom4j.io.SAXReader;

public class Dom4jDoctypeConstant {
  static final String FEATURE = "http://apache.org/xml/features/disallow-doctype-decl";

  public Document open(File file) throws Exception {
    SAXReader reader = new SAXReader();
    reader.setFeature(FEATURE, true);
    return reader.read(file);
  }
}
