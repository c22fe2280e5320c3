// vigil-expect: vulnerable cwe=330
// case: a helper returns Random digits that the caller joins into an OTP
package corpus.random;

import java.util.Random;

public class OtpDigits {
  private final Random random = new Random();

  public String newOtp() {
    StringBuilder otp = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      otp.append(digit());
    }
    return otp.toString();
  }

  private int digit() {
    return random.nextInt(10);
  }
}
