// vigil-expect: safe cwe=328
// case: an unrelated class of the same package has an MD5 constant of the same name
package corpus.xsame.web;

import corpus.xsame.config.CryptoConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  public byte[] hash(String password) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(CryptoConfig.HASH_ALGORITHM);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
