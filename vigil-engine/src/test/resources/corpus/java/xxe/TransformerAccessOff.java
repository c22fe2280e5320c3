// vigil-expect: safe cwe=611
// case: TransformerFactory with external DTD and stylesheet access set to none
package corpus.xxe;

import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

public class TransformerAccessOff {
  public String pretty(InputStream xml) throws Exception {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    StringWriter out = new StringWriter();
    factory.newTransformer().transform(new StreamSource(xml), new StreamResult(out));
    return out.toString();
  }
}
