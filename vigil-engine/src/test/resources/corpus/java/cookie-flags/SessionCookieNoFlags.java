// vigil-expect: vulnerable cwe=614
// case: session cookie without Secure or HttpOnly
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SessionCookieNoFlags {
  public void login(HttpServletResponse response, String sessionId) {
    Cookie cookie = new Cookie("SESSION", sessionId);
    cookie.setPath("/");
    cookie.setMaxAge(3600);
    response.addCookie(cookie);
  }
}
