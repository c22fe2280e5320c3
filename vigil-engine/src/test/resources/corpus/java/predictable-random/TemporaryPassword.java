// vigil-expect: vulnerable cwe=330
// case: Random characters form a temporary password
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class TemporaryPassword {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  public String generate() {
    Random rnd = new Random();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      password.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
