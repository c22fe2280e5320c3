// vigil-expect: safe cwe=614
// case: Jakarta servlet cookie with both flags
package corpus.cookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

public class JakartaSecureCookie {
  public void remember(HttpServletResponse response, String selector) {
    Cookie cookie = new Cookie("remember", selector);
    cookie.setHttpOnly(true);
    cookie.setSecure(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
