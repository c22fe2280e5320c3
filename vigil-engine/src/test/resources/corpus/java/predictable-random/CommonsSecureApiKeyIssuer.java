// vigil-expect: safe cwe=330
// case: RandomStringUtils.random given a SecureRandom issues the API keys
package corpus.random2;

import java.security.SecureRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class CommonsSecureApiKeyIssuer {
  private static final SecureRandom RANDOM = new SecureRandom();

  public record ApiKey(String owner, String key) {}

  public ApiKey issue(String owner) {
    String apiKey = "vk_" + RandomStringUtils.random(40, 0, 0, true, true, null, RANDOM);
    return new ApiKey(owner, apiKey);
  }
}
