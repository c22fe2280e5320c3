// vigil-expect: vulnerable cwe=329
// case: IV from the bytes of a literal string
package corpus.cipher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class StaticIvString {
  public byte[] encrypt(SecretKey key, String text) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    IvParameterSpec iv = new IvParameterSpec("1234567890abcdef".getBytes(StandardCharsets.UTF_8));
    cipher.init(Cipher.ENCRYPT_MODE, key, iv);
    return cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }
}
