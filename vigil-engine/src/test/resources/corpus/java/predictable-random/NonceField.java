// vigil-expect: vulnerable cwe=330
// case: Math.random nonce stored in a field
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class NonceField {
  private String nonce;

  public void refresh() {
    this.nonce = Double.toString(Math.random()).substring(2);
  }

  public String nonce() {
    return nonce;
  }
}
