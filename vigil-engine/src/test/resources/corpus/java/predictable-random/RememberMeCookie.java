// vigil-expect: vulnerable cwe=330
// case: random number becomes a cookie value
package corpus.random;

import java.util.Random;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class RememberMeCookie {
  private final Random random = new Random();

  public void issue(HttpServletResponse response) {
    String value = Long.toString(random.nextLong(), 36);
    Cookie cookie = new Cookie("remember", value);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
  }
}
