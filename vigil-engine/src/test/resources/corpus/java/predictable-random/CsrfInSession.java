// vigil-expect: vulnerable cwe=330
// case: CSRF token from Random stored in the session under "csrfToken"
package corpus.random;

import java.util.Random;
import javax.servlet.http.HttpSession;

public class CsrfInSession {
  private static final Random RANDOM = new Random();

  public void issue(HttpSession session) {
    session.setAttribute("csrfToken", Long.toHexString(RANDOM.nextLong()));
  }
}
