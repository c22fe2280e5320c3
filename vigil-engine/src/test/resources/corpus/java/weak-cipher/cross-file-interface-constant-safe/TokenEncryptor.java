// vigil-expect: safe cwe=327
// case: the inherited interface constant names AES/GCM
package corpus.xciphersafe.web;

import corpus.xciphersafe.config.CipherSettings;
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
