// vigil-expect: vulnerable cwe=330
// case: password salt from java.util.Random
package corpus.random;

import java.util.Random;

public class RandomSalt {
  public String saltFor(String user) {
    String salt = Integer.toHexString(new Random().nextInt());
    return user + "$" + salt;
  }
}
