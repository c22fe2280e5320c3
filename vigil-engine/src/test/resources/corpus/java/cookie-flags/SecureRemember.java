// vigil-expect: safe cwe=1004
// case: remember-me cookie with both flags
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SecureRemember {
  public void remember(HttpServletResponse response, String token) {
    Cookie remember = new Cookie("remember-me", token);
    remember.setHttpOnly(true);
    remember.setSecure(true);
    remember.setMaxAge(60 * 60 * 24 * 30);
    response.addCookie(remember);
  }
}
