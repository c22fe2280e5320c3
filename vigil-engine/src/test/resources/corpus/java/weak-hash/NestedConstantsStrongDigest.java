// vigil-expect: safe cwe=328
// case: nested constants class also names MD5, but the digest uses its SHA-256 constant
package corpus.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class NestedConstantsStrongDigest {
  static final class Algorithms {
    static final String LEGACY = "MD5";
    static final String CURRENT = "SHA-256";

    private Algorithms() {}
  }

  public String fingerprint(String document) {
    try {
      MessageDigest digest = MessageDigest.getInstance(Algorithms.CURRENT);
      return HexFormat.of().formatHex(digest.digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean isLegacyHash(String stored) {
    return stored.startsWith("{" + Algorithms.LEGACY + "}");
  }
}
