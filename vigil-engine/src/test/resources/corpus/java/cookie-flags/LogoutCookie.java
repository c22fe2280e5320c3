// vigil-expect: safe cwe=614
// case: expiring an existing cookie on logout carries no value
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LogoutCookie {
  public void logout(HttpServletResponse response) {
    Cookie expired = new Cookie("SESSION", "");
    expired.setMaxAge(0);
    expired.setPath("/");
    response.addCookie(expired);
  }
}
