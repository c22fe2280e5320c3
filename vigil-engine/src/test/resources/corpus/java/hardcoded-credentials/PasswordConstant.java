// vigil-expect: vulnerable cwe=798
// case: password constant
package corpus.creds;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

public class PasswordConstant extends Authenticator {
  private static final String PROXY_USER = "svc-proxy";
  private static final String PROXY_PASSWORD = "Wint3r!sC0ming";

  @Override
  protected PasswordAuthentication getPasswordAuthentication() {
    return new PasswordAuthentication(PROXY_USER, PROXY_PASSWORD.toCharArray());
  }
}
