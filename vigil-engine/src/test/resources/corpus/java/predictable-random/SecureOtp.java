// vigil-expect: safe cwe=330
// case: SecureRandom one-time password
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class SecureOtp {
  private final SecureRandom secureRandom = new SecureRandom();

  public String otp() {
    int otp = secureRandom.nextInt(1_000_000);
    return String.format("%06d", otp);
  }
}
