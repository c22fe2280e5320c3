// vigil-expect: vulnerable cwe=329
// case: AES/CBC initialised with an IV made from a constant string's bytes
package corpus.cipher2;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class ConstantStringIvCbc {
  private static final byte[] IV = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final SecretKey key;

  public ConstantStringIvCbc(SecretKey key) {
    this.key = key;
  }

  public byte[] encrypt(byte[] plain) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(IV));
    return cipher.doFinal(plain);
  }
}
