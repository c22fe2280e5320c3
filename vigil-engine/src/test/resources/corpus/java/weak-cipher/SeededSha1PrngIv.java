// vigil-expect: vulnerable cwe=329
// case: the IV comes from SHA1PRNG seeded with a constant, so every run yields the same IV
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class SeededSha1PrngIv {
  public byte[] encrypt(SecretKey key, byte[] plaintext) throws GeneralSecurityException {
    SecureRandom prng = SecureRandom.getInstance("SHA1PRNG");
    prng.setSeed(20190417L);
    byte[] iv = new byte[16];
    prng.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
    return cipher.doFinal(plaintext);
  }
}
