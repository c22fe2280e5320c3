// vigil-expect: safe cwe=329
// case: the IV array is filled from the incoming message with readFully
package corpus.cipher;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class IvReadFromStream {
  private static final int IV_LENGTH = 16;

  public byte[] decrypt(SecretKey key, InputStream message) throws IOException, GeneralSecurityException {
    try (DataInputStream in = new DataInputStream(message)) {
      byte[] iv = new byte[IV_LENGTH];
      in.readFully(iv);
      Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
      cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
      try (CipherInputStream plain = new CipherInputStream(in, cipher)) {
        return plain.readAllBytes();
      }
    }
  }
}
