// vigil-expect: vulnerable cwe=614
// case: Set-Cookie written with String.format; HttpOnly present, Secure missing
package corpus.cookie;

import javax.servlet.http.HttpServletResponse;

public class FormattedSetCookieNoSecure {
  private static final String SESSION_COOKIE = "SID";

  public void startSession(String sessionId, HttpServletResponse response) {
    response.setHeader("Set-Cookie",
        String.format("%s=%s; Path=/; HttpOnly; SameSite=Lax", SESSION_COOKIE, sessionId));
  }
}
