// vigil-expect: safe cwe=330
// case: the field is declared as Random but holds a SecureRandom
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

public class SecureRandomAsRandom {
  private static final Random RANDOM = new SecureRandom();

  public String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }
}
