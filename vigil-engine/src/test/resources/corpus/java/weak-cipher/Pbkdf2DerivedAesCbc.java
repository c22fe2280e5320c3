// vigil-expect: safe cwe=327
// case: PBKDF2-derived AES key, CBC with a random IV
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

public class Pbkdf2DerivedAesCbc {
  private static final int ITERATIONS = 310_000;
  private final SecureRandom random = new SecureRandom();

  public byte[] encrypt(char[] passphrase, byte[] salt, byte[] plaintext) throws GeneralSecurityException {
    SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    byte[] keyBytes = factory.generateSecret(new PBEKeySpec(passphrase, salt, ITERATIONS, 256)).getEncoded();
    byte[] iv = new byte[16];
    random.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), new IvParameterSpec(iv));
    return cipher.doFinal(plaintext);
  }
}
