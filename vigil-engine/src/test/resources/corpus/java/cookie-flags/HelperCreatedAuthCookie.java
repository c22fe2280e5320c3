// vigil-expect: vulnerable cwe=614
// case: a private helper creates the auth cookie without flags; the handler adds it
package corpus.cookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HelperCreatedAuthCookie {
  private static final int THIRTY_DAYS = 30 * 24 * 3600;

  @PostMapping("/login/remember")
  public void remember(@RequestParam String username, HttpServletResponse response) {
    response.addCookie(authCookie(issueToken(username)));
  }

  private Cookie authCookie(String token) {
    Cookie cookie = new Cookie("AUTH", token);
    cookie.setPath("/");
    cookie.setMaxAge(THIRTY_DAYS);
    return cookie;
  }

  private String issueToken(String username) {
    return java.util.UUID.randomUUID() + "." + username.hashCode();
  }
}
