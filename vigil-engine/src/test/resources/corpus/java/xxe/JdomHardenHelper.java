// vigil-expect: safe cwe=611
// case: JDOM SAXBuilder hardened by a helper that disallows DOCTYPEs
package corpus.xxe;

import java.io.InputStream;
import org.jdom2.Document;
import org.jdom2.input.SAXBuilder;

public class JdomHardenHelper {
  public Document read(InputStream stream) throws Exception {
    return hardened().build(stream);
  }

  private static SAXBuilder hardened() {
    SAXBuilder builder = new SAXBuilder();
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return builder;
  }
}
