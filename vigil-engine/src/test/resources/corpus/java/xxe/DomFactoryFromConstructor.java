// vigil-expect: vulnerable cwe=611
// case: a DocumentBuilderFactory field set in the constructor, used with defaults
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class DomFactoryFromConstructor {
  private final DocumentBuilderFactory factory;

  public DomFactoryFromConstructor() {
    this.factory = DocumentBuilderFactory.newInstance();
    this.factory.setIgnoringComments(true);
  }

  public Document parse(InputStream in) throws Exception {
    return factory.newDocumentBuilder().parse(in);
  }
}
