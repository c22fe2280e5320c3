// vigil-expect: vulnerable cwe=330
// case: a builder's clientSecret(...) gets a ThreadLocalRandom value
package corpus.random;

import java.util.concurrent.ThreadLocalRandom;

public class BuilderClientSecret {
  public record OAuthClient(String clientId, String clientSecret, String redirectUri) {
    static Builder builder() {
      return new Builder();
    }

    static final class Builder {
      private String clientId;
      private String clientSecret;
      private String redirectUri;

      Builder clientId(String value) {
        this.clientId = value;
        return this;
      }

      Builder clientSecret(String value) {
        this.clientSecret = value;
        return this;
      }

      Builder redirectUri(String value) {
        this.redirectUri = value;
        return this;
      }

      OAuthClient build() {
        return new OAuthClient(clientId, clientSecret, redirectUri);
      }
    }
  }

  public OAuthClient register(String name, String redirectUri) {
    return OAuthClient.builder()
        .clientId(name.toLowerCase() + "-" + System.currentTimeMillis())
        .clientSecret(Long.toHexString(ThreadLocalRandom.current().nextLong())
            + Long.toHexString(ThreadLocalRandom.current().nextLong()))
        .redirectUri(redirectUri)
        .build();
  }
}
