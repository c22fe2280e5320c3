// vigil-expect: safe cwe=328
// case: strong algorithm named through a constant
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class ConstantSha512 {
  private static final String HASH_ALGORITHM = "SHA-512";

  public byte[] fingerprint(byte[] certificate) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(HASH_ALGORITHM).digest(certificate);
  }
}
