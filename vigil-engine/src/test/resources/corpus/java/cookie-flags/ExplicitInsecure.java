// vigil-expect: vulnerable cwe=614
// case: Secure explicitly false
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ExplicitInsecure {
  public void issue(HttpServletResponse response, String value) {
    Cookie cookie = new Cookie("cart", value);
    cookie.setSecure(false);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
  }
}
