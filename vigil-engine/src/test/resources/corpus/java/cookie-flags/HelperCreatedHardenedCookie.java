// vigil-expect: safe cwe=614
// case: the private helper that creates the auth cookie sets both flags
package corpus.cookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HelperCreatedHardenedCookie {
  private static final int THIRTY_DAYS = 30 * 24 * 3600;

  @PostMapping("/login/remember-secure")
  public void remember(@RequestParam String username, HttpServletResponse response) {
    response.addCookie(authCookie(java.util.UUID.randomUUID().toString()));
  }

  private Cookie authCookie(String token) {
    Cookie cookie = new Cookie("AUTH", token);
    cookie.setPath("/");
    cookie.setMaxAge(THIRTY_DAYS);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    return cookie;
  }
}
