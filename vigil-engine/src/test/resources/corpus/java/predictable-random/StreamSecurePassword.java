// vigil-expect: safe cwe=330
// case: the same stream-built password from a SecureRandom
package corpus.random;

import java.security.SecureRandom;
import java.util.stream.Collectors;

public class StreamSecurePassword {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RNG = new SecureRandom();

  public String initialPassword(int length) {
    return RNG.ints(length, 0, ALPHABET.length())
        .mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
        .collect(Collectors.joining());
  }
}
