// vigil-expect: vulnerable cwe=329
// case: one IvParameterSpec of zeros shared by every encryption
package corpus.cipher;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class StaticIvField {
  private static final IvParameterSpec IV = new IvParameterSpec(new byte[16]);

  public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, IV);
    return cipher.doFinal(data);
  }
}
