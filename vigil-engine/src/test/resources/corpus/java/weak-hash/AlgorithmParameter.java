// vigil-expect: vulnerable cwe=328
// case: the weak algorithm is passed by the caller in the same class
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class AlgorithmParameter {
  public byte[] legacyPasswordHash(byte[] password) throws NoSuchAlgorithmException {
    return digest("MD5", password);
  }

  private byte[] digest(String algorithm, byte[] data) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(algorithm).digest(data);
  }
}
