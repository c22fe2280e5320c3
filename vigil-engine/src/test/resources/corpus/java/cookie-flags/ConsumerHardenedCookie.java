// vigil-expect: safe cwe=1004
// case: a Consumer sets both flags on the cookie before it is added
package corpus.cookie;

import java.util.function.Consumer;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class ConsumerHardenedCookie {
  private static final Consumer<Cookie> HARDEN = c -> {
    c.setSecure(true);
    c.setHttpOnly(true);
    c.setPath("/");
  };

  public void issue(String token, HttpServletResponse response) {
    Cookie cookie = new Cookie("XSRF", token);
    HARDEN.accept(cookie);
    response.addCookie(cookie);
  }
}
