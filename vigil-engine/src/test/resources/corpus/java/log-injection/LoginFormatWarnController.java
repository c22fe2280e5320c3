// vigil-expect: vulnerable cwe=117
// case: String.format message with the username from a @RequestBody record logged on failure
package corpus.logi2;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoginFormatWarnController {
  private static final Logger log = LoggerFactory.getLogger(LoginFormatWarnController.class);

  public record Credentials(String username, String password) {}

  @PostMapping("/api/login")
  public ResponseEntity<Void> login(@RequestBody Credentials credentials) {
    if (!"s3cret-check".equals(credentials.password())) {
      log.warn(String.format("failed login for user '%s'", credentials.username()));
      return ResponseEntity.status(401).build();
    }
    return ResponseEntity.noContent().build();
  }
}
