// vigil-expect: vulnerable cwe=614
// case: Set-Cookie header written by hand without Secure or HttpOnly
package corpus.cookie;

import javax.servlet.http.HttpServletResponse;

public class SetCookieHeader {
  public void issue(HttpServletResponse response, String sessionId) {
    response.addHeader("Set-Cookie", "SESSION=" + sessionId + "; Path=/; SameSite=Lax");
  }
}
