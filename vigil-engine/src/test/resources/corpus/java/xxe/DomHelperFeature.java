// vigil-expect: safe cwe=611
// case: DOCTYPEs are disallowed through a private helper called with constant arguments
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;

public class DomHelperFeature {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  public Document load(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    enable(factory, DISALLOW_DOCTYPE, true);
    return factory.newDocumentBuilder().parse(in);
  }

  private static void enable(DocumentBuilderFactory factory, String feature, boolean on) {
    try {
      factory.setFeature(feature, on);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
