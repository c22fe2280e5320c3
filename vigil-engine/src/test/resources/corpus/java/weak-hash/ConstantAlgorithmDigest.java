// vigil-expect: vulnerable cwe=328
// case: weak algorithm named through a constant field
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class ConstantAlgorithmDigest {
  private static final String HASH_ALGORITHM = "MD5";

  public byte[] fingerprint(byte[] certificate) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(HASH_ALGORITHM).digest(certificate);
  }
}
