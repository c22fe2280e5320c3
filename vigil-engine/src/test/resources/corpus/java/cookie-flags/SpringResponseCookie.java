// vigil-expect: vulnerable cwe=614
// case: Spring ResponseCookie without secure or httpOnly
package corpus.cookie;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

public class SpringResponseCookie {
  public ResponseEntity<Void> login(String sessionId) {
    ResponseCookie cookie = ResponseCookie.from("SESSION", sessionId)
        .path("/")
        .maxAge(Duration.ofHours(1))
        .build();
    return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
  }
}
