// vigil-expect: vulnerable cwe=327
// case: Blowfish for configuration secrets
package corpus.cipher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class BlowfishConfig {
  public byte[] decrypt(SecretKey key, byte[] value) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("Blowfish");
    cipher.init(Cipher.DECRYPT_MODE, key);
    return cipher.doFinal(value);
  }
}
