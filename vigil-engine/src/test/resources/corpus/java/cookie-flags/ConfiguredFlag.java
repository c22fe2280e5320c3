// vigil-expect: vulnerable cwe=614
// case: the Secure flag comes from a field that is false
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class ConfiguredFlag {
  private final boolean secureCookies = false;

  public void issue(HttpServletResponse response, String session) {
    Cookie cookie = new Cookie("SESSION", session);
    cookie.setSecure(secureCookies);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
  }
}
