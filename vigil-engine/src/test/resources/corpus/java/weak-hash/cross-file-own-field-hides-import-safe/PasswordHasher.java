// vigil-expect: safe cwe=328
// case: the class's own constant hides the MD5 one a static wildcard import offers
package corpus.xhide.web;

import static corpus.xhide.legacy.LegacyDigests.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class PasswordHasher {
  private static final String HASH = "SHA-512";

  public byte[] hash(String password) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(HASH);
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
