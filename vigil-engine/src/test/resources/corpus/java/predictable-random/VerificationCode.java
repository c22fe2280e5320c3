// vigil-expect: vulnerable cwe=330
// case: e-mail verification code from java.util.Random
package corpus.random;

import java.util.Random;

public class VerificationCode {
  private final Random random = new Random();

  public String sendVerification(String email) {
    String code = String.format("%06d", random.nextInt(1_000_000));
    return email + ":" + code;
  }
}
