// vigil-expect: safe cwe=614
// case: cookie built by a helper that sets both flags
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FactoryCookie {
  public void issue(HttpServletResponse response, String value) {
    response.addCookie(hardened("prefs", value));
  }

  private static Cookie hardened(String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    return cookie;
  }
}
