// vigil-expect: vulnerable cwe=329
// case: the IV is the first 16 bytes of the key, so it is the same for every message
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class IvFromKeyBytes {
  private final byte[] keyBytes;

  public IvFromKeyBytes(byte[] keyBytes) {
    this.keyBytes = keyBytes.clone();
  }

  public byte[] encrypt(byte[] plaintext) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "AES"),
        new IvParameterSpec(Arrays.copyOf(keyBytes, 16)));
    return cipher.doFinal(plaintext);
  }
}
