// vigil-expect: safe cwe=328
// case: the other file's constant names SHA-256
package corpus.xhashsafe.web;

import corpus.xhashsafe.config.CryptoConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  public byte[] hash(String password) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(CryptoConfig.HASH_ALGORITHM);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
