// vigil-expect: safe cwe=328
// case: weak default replaced before use
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class OverwrittenAlgorithm {
  public byte[] digest(byte[] data, boolean legacy) throws NoSuchAlgorithmException {
    String algorithm = "SHA-256";
    if (legacy) {
      algorithm = "SHA-384";
    }
    return MessageDigest.getInstance(algorithm).digest(data);
  }
}
