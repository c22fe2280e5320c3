// vigil-expect: vulnerable cwe=798
// case: Spring @Value falls back to a secret written in the annotation
package corpus.creds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class ValueDefaultSecret {
  @Value("${app.webhook.secret:wh-Secr3t-2024-prod}")
  private String webhookSecret;

  public String secret() {
    return webhookSecret;
  }
}
