// vigil-expect: vulnerable cwe=614
// case: ResponseCookie built with path and maxAge only, sent through ResponseEntity
package corpus.cookie;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringResponseCookieHeader {
  @PostMapping("/session")
  public ResponseEntity<Void> open(String sessionId) {
    ResponseCookie cookie = ResponseCookie.from("SESSION", sessionId)
        .path("/")
        .maxAge(Duration.ofHours(8))
        .sameSite("Lax")
        .build();
    return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
  }
}
