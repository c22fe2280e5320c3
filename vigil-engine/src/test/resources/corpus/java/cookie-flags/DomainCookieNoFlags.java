// vigil-expect: vulnerable cwe=614
// case: a cross-subdomain login cookie without flags
package corpus.cookie;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class DomainCookieNoFlags {
  public void share(HttpServletResponse resp, String ticket) {
    Cookie sso = new Cookie("SSO_TICKET", ticket);
    sso.setDomain(".example.com");
    sso.setPath("/");
    resp.addCookie(sso);
  }
}
