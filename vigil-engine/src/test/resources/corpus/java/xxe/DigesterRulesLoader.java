// vigil-expect: vulnerable cwe=611
// case: commons-digester Digester with default parser settings parses a caller's reader
package corpus.xxe;

import java.io.Reader;
import org.apache.commons.digester3.Digester;

public class DigesterRulesLoader {
  public Object load(Reader config) throws Exception {
    Digester digester = new Digester();
    digester.setValidating(false);
    digester.addObjectCreate("config", java.util.HashMap.class);
    return digester.parse(config);
  }
}
