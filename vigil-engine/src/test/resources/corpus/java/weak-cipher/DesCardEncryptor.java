// vigil-expect: vulnerable cwe=327
// case: DES encrypts card numbers
package corpus.cipher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class DesCardEncryptor {
  public byte[] encrypt(SecretKey key, String pan) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8));
  }
}
