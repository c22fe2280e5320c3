// vigil-expect: vulnerable cwe=330
// case: a UUID assembled from java.util.Random longs used as a session token
package corpus.random;

import java.util.Random;
import java.util.UUID;

public class UuidFromRandom {
  private final Random rnd = new Random();

  public String openSession(String user) {
    String sessionToken = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
    return user + "/" + sessionToken;
  }
}
