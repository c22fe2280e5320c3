// vigil-expect: vulnerable cwe=330
// case: Math.random builds a session id
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class MathRandomSession {
  public String createSession(String user) {
    String sessionId = user.hashCode() + "-" + (long) (Math.random() * 1_000_000_000L);
    return sessionId;
  }
}
