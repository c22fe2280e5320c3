// vigil-expect: safe cwe=611
// case: commons-digester Digester with DOCTYPE declarations disallowed
package corpus.xxe;

import java.io.Reader;
import org.apache.commons.digester3.Digester;

public class DigesterDoctypeOff {
  public Object load(Reader config) throws Exception {
    Digester digester = new Digester();
    digester.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    digester.addObjectCreate("config", java.util.HashMap.class);
    return digester.parse(config);
  }
}
