// vigil-expect: vulnerable cwe=327
// case: DES key generated and the cipher named through a shared constant
package corpus.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

public class KeyGeneratorDes {
  static final String ALGORITHM = "DES";

  public byte[] encrypt(byte[] data) throws GeneralSecurityException {
    SecretKey key = KeyGenerator.getInstance(ALGORITHM).generateKey();
    Cipher cipher = Cipher.getInstance(ALGORITHM + "/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(data);
  }
}
