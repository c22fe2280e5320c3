// vigil-expect: vulnerable cwe=330
// case: Random.nextBytes fills an AES key
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class RandomKeyBytes {
  public byte[] newKey() {
    byte[] key = new byte[32];
    new Random().nextBytes(key);
    return key;
  }
}
