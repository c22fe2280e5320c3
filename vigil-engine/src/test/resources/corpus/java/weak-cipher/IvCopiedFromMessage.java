// vigil-expect: safe cwe=329
// case: IV copied out of the received message with Arrays.copyOfRange
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class IvCopiedFromMessage {
  public byte[] decrypt(SecretKey key, byte[] message) throws GeneralSecurityException {
    byte[] iv = Arrays.copyOfRange(message, 0, 16);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
    return cipher.doFinal(message, 16, message.length - 16);
  }
}
