// vigil-expect: safe cwe=330
// case: jitter for retry back-off
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class RetryBackoff {
  public long delayMillis(int attempt) {
    long base = 100L << Math.min(attempt, 6);
    long jitter = ThreadLocalRandom.current().nextLong(base / 2);
    return base + jitter;
  }
}
