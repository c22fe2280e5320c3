// vigil-expect: safe cwe=1004
// case: flags set before the value changes
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FlagsBeforeValue {
  public void rotate(HttpServletResponse response, String next) {
    Cookie cookie = new Cookie("SESSION", "pending");
    cookie.setHttpOnly(true);
    cookie.setSecure(true);
    cookie.setValue(next);
    response.addCookie(cookie);
  }
}
