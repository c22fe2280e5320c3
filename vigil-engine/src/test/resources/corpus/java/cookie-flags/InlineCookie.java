// vigil-expect: vulnerable cwe=614
// case: cookie created inline in addCookie
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class InlineCookie {
  public void preferences(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(new Cookie("lang", "en"));
  }
}
