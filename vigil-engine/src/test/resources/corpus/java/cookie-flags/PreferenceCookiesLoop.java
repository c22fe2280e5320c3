// vigil-expect: vulnerable cwe=1004
// case: one cookie per preference, created in a loop without HttpOnly or Secure
package corpus.cookie;

import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class PreferenceCookiesLoop {
  public void store(Map<String, String> preferences, HttpServletResponse response) {
    for (Map.Entry<String, String> entry : preferences.entrySet()) {
      Cookie cookie = new Cookie("pref_" + entry.getKey(), entry.getValue());
      cookie.setPath("/");
      cookie.setMaxAge(365 * 24 * 3600);
      response.addCookie(cookie);
    }
  }
}
