// vigil-expect: vulnerable cwe=327
// case: a class of the same package, not imported, names DES
package corpus.xdes;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class TokenEncryptor {
  private final SecretKey key;

  public TokenEncryptor(SecretKey key) {
    this.key = key;
  }

  public byte[] encrypt(byte[] token) throws Exception {
    Cipher cipher = Cipher.getInstance(Algorithms.LEGACY_CIPHER);
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(token);
  }
}
