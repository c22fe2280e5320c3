// vigil-expect: safe cwe=614
// case: both flags set
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SecureSessionCookie {
  public void login(HttpServletResponse response, String sessionId) {
    Cookie cookie = new Cookie("SESSION", sessionId);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    cookie.setPath("/");
    response.addCookie(cookie);
  }
}
