// vigil-expect: vulnerable cwe=330
// case: an initial password assembled from a java.util.Random stream of indexes
package corpus.random;

import java.util.Random;
import java.util.stream.Collectors;

public class StreamInitialPassword {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final Random RNG = new Random();

  public String initialPassword(int length) {
    return RNG.ints(length, 0, ALPHABET.length())
        .mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
        .collect(Collectors.joining());
  }
}
