// vigil-expect: safe cwe=117
// case: a private helper replaces CR and LF with a regex before the username is logged
package corpus.logi2;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoginCleanHelperController {
  private static final Logger log = LoggerFactory.getLogger(LoginCleanHelperController.class);

  public record Credentials(String username, String password) {}

  @PostMapping("/api/login-clean")
  public ResponseEntity<Void> login(@RequestBody Credentials credentials) {
    if (!"s3cret-check".equals(credentials.password())) {
      log.warn(String.format("failed login for user '%s'", clean(credentials.username())));
      return ResponseEntity.status(401).build();
    }
    return ResponseEntity.noContent().build();
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n]", "_");
  }
}
