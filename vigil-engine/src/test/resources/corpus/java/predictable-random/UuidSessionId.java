// vigil-expect: safe cwe=330
// case: UUID.randomUUID uses SecureRandom
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class UuidSessionId {
  public String createSession() {
    String sessionId = UUID.randomUUID().toString();
    return sessionId;
  }
}
