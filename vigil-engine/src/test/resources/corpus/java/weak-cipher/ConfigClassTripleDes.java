// vigil-expect: vulnerable cwe=327
// case: 3DES transformation kept in a nested configuration class
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class ConfigClassTripleDes {
  static final class CryptoConfig {
    static final String TRANSFORMATION = "DESede/CBC/PKCS5Padding";
    static final int IV_LENGTH = 8;

    private CryptoConfig() {}
  }

  private final SecureRandom random = new SecureRandom();

  public byte[] encrypt(SecretKey key, byte[] plaintext) throws GeneralSecurityException {
    byte[] iv = new byte[CryptoConfig.IV_LENGTH];
    random.nextBytes(iv);
    Cipher cipher = Cipher.getInstance(CryptoConfig.TRANSFORMATION);
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
    return cipher.doFinal(plaintext);
  }
}
