// vigil-expect: safe cwe=330
// case: Random sampling of debug logs
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class SampledLogging {
  private final Random random = new Random();

  public boolean shouldLog() {
    boolean sampled = random.nextDouble() < 0.01;
    return sampled;
  }
}
