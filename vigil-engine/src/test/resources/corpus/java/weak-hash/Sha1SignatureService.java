// vigil-expect: vulnerable cwe=328
// case: SHA-1 digest signs a webhook payload
package corpus.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

public class Sha1SignatureService {
  private final String sharedSecret;

  public Sha1SignatureService(String sharedSecret) {
    this.sharedSecret = sharedSecret;
  }

  public String sign(String payload) throws NoSuchAlgorithmException {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    sha1.update(sharedSecret.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(sha1.digest(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
