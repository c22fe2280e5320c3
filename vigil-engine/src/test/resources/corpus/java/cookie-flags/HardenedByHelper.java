// vigil-expect: safe cwe=614
// case: the cookie is hardened by a shared helper before it is added
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class HardenedByHelper {
  public void issue(HttpServletResponse response, String token) {
    Cookie cookie = new Cookie("auth", token);
    CookieDefaults.apply(cookie);
    response.addCookie(cookie);
  }

  static final class CookieDefaults {
    private CookieDefaults() {}

    static void apply(Cookie cookie) {
      cookie.setSecure(true);
      cookie.setHttpOnly(true);
      cookie.setPath("/");
    }
  }
}
