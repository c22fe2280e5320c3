package fixes;

import java.util.Base64;
import java.util.Random;

/** Tokens of password reset links. */
public final class ResetTokens {
  public String issue() {
    Random random = new Random();
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String resetToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return resetToken;
  }
}
