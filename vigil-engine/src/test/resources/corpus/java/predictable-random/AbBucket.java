// vigil-expect: safe cwe=330
// case: Math.random picks an A/B variant
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class AbBucket {
  public String variant() {
    double roll = Math.random();
    String variant = roll < 0.5 ? "control" : "treatment";
    return variant;
  }
}
