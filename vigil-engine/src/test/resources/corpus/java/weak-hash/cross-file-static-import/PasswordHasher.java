// vigil-expect: vulnerable cwe=328
// case: a statically imported constant of another file names SHA-1
package corpus.xstatic.web;

import static corpus.xstatic.config.Algorithms.DIGEST;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  public byte[] hash(String password) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(DIGEST);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
