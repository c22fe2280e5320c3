// vigil-expect: vulnerable cwe=614
// case: HttpOnly set, Secure missing
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HttpOnlyOnly {
  public void remember(HttpServletResponse response, String token) {
    Cookie remember = new Cookie("remember-me", token);
    remember.setHttpOnly(true);
    remember.setMaxAge(60 * 60 * 24 * 30);
    response.addCookie(remember);
  }
}
