// vigil-expect: vulnerable cwe=611
// case: JDOM SAXBuilder with expandEntities off only (external DTDs still load)
package corpus.xxe;

import java.io.InputStream;
import org.jdom2.Document;
import org.jdom2.input.SAXBuilder;

public class JdomStreamBuilder {
  public Document read(InputStream stream) throws Exception {
    SAXBuilder builder = new SAXBuilder();
    builder.setExpandEntities(false);
    return builder.build(stream);
  }
}
