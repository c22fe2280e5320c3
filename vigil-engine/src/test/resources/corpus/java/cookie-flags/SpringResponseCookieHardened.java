// vigil-expect: safe cwe=614
// case: ResponseCookie with secure and httpOnly, built across several statements
package corpus.cookie;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringResponseCookieHardened {
  @PostMapping("/session/secure")
  public ResponseEntity<Void> open(String sessionId) {
    ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from("SESSION", sessionId)
        .path("/")
        .maxAge(Duration.ofHours(8));
    builder.secure(true);
    builder.httpOnly(true);
    return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, builder.build().toString()).build();
  }
}
