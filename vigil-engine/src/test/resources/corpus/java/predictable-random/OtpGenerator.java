// vigil-expect: vulnerable cwe=330
// case: ThreadLocalRandom makes one-time passwords
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class OtpGenerator {
  public String sendOtp(String phone) {
    int otp = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    return phone + ":" + otp;
  }
}
