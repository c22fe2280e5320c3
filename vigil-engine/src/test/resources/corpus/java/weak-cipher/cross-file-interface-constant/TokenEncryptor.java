// vigil-expect: vulnerable cwe=327
// case: the transformation is a constant of an interface from another file that the class implements
package corpus.xcipher.web;

import corpus.xcipher.config.CipherSettings;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class TokenEncryptor implements CipherSettings {
  private final SecretKey key;

  public TokenEncryptor(SecretKey key) {
    this.key = key;
  }

  public byte[] encrypt(byte[] token) throws Exception {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(token);
  }
}
