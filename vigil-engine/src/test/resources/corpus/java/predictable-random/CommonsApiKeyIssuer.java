// vigil-expect: vulnerable cwe=330
// case: Commons Lang RandomStringUtils.randomAlphanumeric (java.util.Random inside) issues API keys
package corpus.random2;

import org.apache.commons.lang3.RandomStringUtils;

public class CommonsApiKeyIssuer {
  public record ApiKey(String owner, String key) {}

  public ApiKey issue(String owner) {
    String apiKey = "vk_" + RandomStringUtils.randomAlphanumeric(40);
    return new ApiKey(owner, apiKey);
  }
}
