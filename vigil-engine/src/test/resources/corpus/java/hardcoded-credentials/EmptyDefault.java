// vigil-expect: safe cwe=798
// case: empty default password
package corpus.creds;

import java.util.Properties;

public class EmptyDefault {
  public String password(Properties props) {
    String password = "";
    if (props.containsKey("db.password")) {
      password = props.getProperty("db.password");
    }
    return password;
  }
}
