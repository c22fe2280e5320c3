// vigil-expect: vulnerable cwe=330
// case: seeded Random for API keys
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class ApiKeyIssuer {
  public String issue(long accountId) {
    Random random = new Random(System.currentTimeMillis());
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return apiKey;
  }
}
