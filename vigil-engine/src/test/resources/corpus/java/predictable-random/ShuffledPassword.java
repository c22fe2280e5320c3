// vigil-expect: vulnerable cwe=330
// case: password characters shuffled with java.util.Random
package corpus.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class ShuffledPassword {
  public String initialPassword(String seedChars) {
    List<Character> chars = new ArrayList<>();
    for (char c : seedChars.toCharArray()) {
      chars.add(c);
    }
    Collections.shuffle(chars, new Random());
    StringBuilder password = new StringBuilder();
    chars.forEach(password::append);
    return password.toString();
  }
}
