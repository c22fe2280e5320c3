// vigil-expect: safe cwe=328
// case: a local variable hides the statically imported MD5 constant
package corpus.xshadow.web;

import static corpus.xshadow.config.Algorithms.DIGEST;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  public byte[] hash(String password) throws NoSuchAlgorithmException {
    String DIGEST = "SHA-256";
    MessageDigest digest = MessageDigest.getInstance(DIGEST);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
