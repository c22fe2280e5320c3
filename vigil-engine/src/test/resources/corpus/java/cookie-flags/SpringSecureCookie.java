// vigil-expect: safe cwe=614
// case: Spring ResponseCookie with both flags
package corpus.cookie;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

public class SpringSecureCookie {
  public ResponseEntity<Void> login(String sessionId) {
    ResponseCookie cookie = ResponseCookie.from("SESSION", sessionId)
        .httpOnly(true)
        .secure(true)
        .sameSite("Strict")
        .path("/")
        .build();
    return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
  }
}
