// vigil-expect: safe cwe=329
// case: AES-CBC with a random IV
package corpus.cipher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class AesCbcRandomIv {
  public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
    byte[] ivBytes = new byte[16];
    new SecureRandom().nextBytes(ivBytes);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(ivBytes));
    return cipher.doFinal(data);
  }
}
