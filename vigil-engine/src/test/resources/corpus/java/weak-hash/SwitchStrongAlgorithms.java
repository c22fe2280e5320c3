// vigil-expect: safe cwe=328
// case: a switch picks between SHA-256 and SHA-512; the legacy name only labels stored hashes
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class SwitchStrongAlgorithms {
  private static final String LEGACY_LABEL = "md5";

  public byte[] digest(int strength, byte[] data) throws NoSuchAlgorithmException {
    String algorithm = switch (strength) {
      case 256 -> "SHA-256";
      case 512 -> "SHA-512";
      default -> throw new IllegalArgumentException("unsupported strength " + strength);
    };
    return MessageDigest.getInstance(algorithm).digest(data);
  }

  public boolean needsRehash(String storedPrefix) {
    return LEGACY_LABEL.equalsIgnoreCase(storedPrefix);
  }
}
