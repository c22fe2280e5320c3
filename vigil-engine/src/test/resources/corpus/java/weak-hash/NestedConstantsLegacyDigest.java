// vigil-expect: vulnerable cwe=328
// case: the algorithm name lives in a nested constants class
package corpus.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class NestedConstantsLegacyDigest {
  static final class Algorithms {
    static final String LEGACY_PASSWORD = "MD5";
    static final String DEFAULT = "SHA-256";

    private Algorithms() {}
  }

  public String hashPassword(String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance(Algorithms.LEGACY_PASSWORD);
      return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
