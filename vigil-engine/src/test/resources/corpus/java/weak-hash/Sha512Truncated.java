// vigil-expect: safe cwe=328
// case: SHA-512/256 digest
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class Sha512Truncated {
  public byte[] id(byte[] data) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-512/256").digest(data);
  }
}
