// vigil-expect: safe cwe=328
// case: SHA3-256 digest
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class Sha3Digest {
  public byte[] digest(byte[] data) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA3-256").digest(data);
  }
}
