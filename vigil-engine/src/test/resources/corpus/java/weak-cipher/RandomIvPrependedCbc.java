// vigil-expect: safe cwe=329
// case: a fresh SecureRandom IV per message, prepended to the ciphertext
package corpus.cipher2;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class RandomIvPrependedCbc {
  private static final int IV_LENGTH = 16;
  private final SecureRandom random = new SecureRandom();
  private final SecretKey key;

  public RandomIvPrependedCbc(SecretKey key) {
    this.key = key;
  }

  public byte[] encrypt(byte[] plain) throws GeneralSecurityException {
    byte[] iv = new byte[IV_LENGTH];
    random.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
    byte[] body = cipher.doFinal(plain);
    return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
  }
}
