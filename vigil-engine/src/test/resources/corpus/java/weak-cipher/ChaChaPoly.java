// vigil-expect: safe cwe=327
// case: ChaCha20-Poly1305
package corpus.cipher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class ChaChaPoly {
  public byte[] encrypt(SecretKey key, byte[] nonce, byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(nonce));
    return cipher.doFinal(data);
  }
}
