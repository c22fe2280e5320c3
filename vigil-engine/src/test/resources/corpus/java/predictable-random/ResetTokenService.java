// vigil-expect: vulnerable cwe=330
// case: java.util.Random makes password reset tokens
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class ResetTokenService {
  private final Random random = new Random();

  public String newResetToken() {
    long value = random.nextLong();
    String token = Long.toHexString(value);
    return token;
  }
}
