// vigil-expect: safe cwe=611
// case: the disallow-doctype feature's value is a boolean constant of the class
package corpus.xxe;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class DomSecureFlagConstant {
  private static final String DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static final boolean DISALLOW = true;

  public Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(DOCTYPE, DISALLOW);
    return factory.newDocumentBuilder().parse(in);
  }
}
