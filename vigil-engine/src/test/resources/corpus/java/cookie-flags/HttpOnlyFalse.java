// vigil-expect: vulnerable cwe=1004
// case: HttpOnly explicitly false
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HttpOnlyFalse {
  public void issue(HttpServletResponse response, String csrf) {
    Cookie token = new Cookie("session-token", csrf);
    token.setSecure(true);
    token.setHttpOnly(false);
    response.addCookie(token);
  }
}
