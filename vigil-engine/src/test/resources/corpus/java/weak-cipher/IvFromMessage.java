// vigil-expect: safe cwe=329
// case: IV read from the ciphertext header
package corpus.cipher;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class IvFromMessage {
  public byte[] decrypt(SecretKey key, byte[] message) throws GeneralSecurityException {
    ByteBuffer buffer = ByteBuffer.wrap(message);
    byte[] iv = new byte[12];
    buffer.get(iv);
    byte[] body = new byte[buffer.remaining()];
    buffer.get(body);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
    return cipher.doFinal(body);
  }
}
