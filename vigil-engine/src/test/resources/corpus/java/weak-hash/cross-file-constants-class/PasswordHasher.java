// vigil-expect: vulnerable cwe=328
// case: the algorithm is a constant of an imported configuration class in another file
package corpus.xhash.web;

import corpus.xhash.config.CryptoConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  public byte[] hash(String password) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(CryptoConfig.HASH_ALGORITHM);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
