// vigil-expect: vulnerable cwe=328
// case: MD4 through a local variable
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class LocalVariableMd4 {
  public byte[] ntlmLike(byte[] password) throws NoSuchAlgorithmException {
    String algorithm = "MD4";
    return MessageDigest.getInstance(algorithm).digest(password);
  }
}
