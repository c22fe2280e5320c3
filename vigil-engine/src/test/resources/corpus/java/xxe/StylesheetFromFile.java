// vigil-expect: vulnerable cwe=611
// case: a stylesheet file chosen by the caller compiled by a default TransformerFactory
package corpus.xxe;

import java.io.File;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;

public class StylesheetFromFile {
  public Templates compile(File xsl) throws Exception {
    TransformerFactory factory = TransformerFactory.newInstance();
    return factory.newTemplates(new StreamSource(xsl));
  }
}
