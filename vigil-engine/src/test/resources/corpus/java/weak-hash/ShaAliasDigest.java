// vigil-expect: vulnerable cwe=328
// case: the alias SHA means SHA-1
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class ShaAliasDigest {
  public byte[] hashSessionKey(byte[] key) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA");
    return digest.digest(key);
  }
}
