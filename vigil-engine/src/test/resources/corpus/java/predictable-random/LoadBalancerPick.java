// vigil-expect: safe cwe=330
// case: ThreadLocalRandom picks a backend
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class LoadBalancerPick {
  public String pick(List<String> backends) {
    String backend = backends.get(ThreadLocalRandom.current().nextInt(backends.size()));
    return backend;
  }
}
