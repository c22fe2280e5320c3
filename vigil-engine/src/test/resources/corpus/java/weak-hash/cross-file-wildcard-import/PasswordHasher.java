// vigil-expect: vulnerable cwe=328
// case: the constants class comes through a wildcard import
package corpus.xwild.web;

import corpus.xwild.security.*;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  public byte[] hash(String password) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(Digests.LEGACY);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
