// vigil-expect: safe cwe=614
// case: Set-Cookie written with String.format including Secure and HttpOnly
package corpus.cookie;

import javax.servlet.http.HttpServletResponse;

public class FormattedSetCookieHardened {
  private static final String SESSION_COOKIE = "SID";

  public void startSession(String sessionId, HttpServletResponse response) {
    response.setHeader("Set-Cookie",
        String.format("%s=%s; Path=/; Secure; HttpOnly; SameSite=Lax", SESSION_COOKIE, sessionId));
  }
}
