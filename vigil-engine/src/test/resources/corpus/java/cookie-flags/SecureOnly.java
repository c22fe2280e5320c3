// vigil-expect: vulnerable cwe=1004
// case: Secure set, HttpOnly missing
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SecureOnly {
  public void issue(HttpServletResponse response, String jwt) {
    Cookie auth = new Cookie("auth", jwt);
    auth.setSecure(true);
    auth.setPath("/api");
    response.addCookie(auth);
  }
}
