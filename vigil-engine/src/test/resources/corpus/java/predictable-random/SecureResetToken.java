// vigil-expect: safe cwe=330
// case: SecureRandom makes reset tokens
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class SecureResetToken {
  private final SecureRandom random = new SecureRandom();

  public String newResetToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return token;
  }
}
