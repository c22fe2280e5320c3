// vigil-expect: safe cwe=327
// case: KeyGenerator and SecretKeySpec name plain "AES"; the cipher is AES/CTR with a MAC
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class KeyGeneratorAesCtr {
  private final SecureRandom random = new SecureRandom();

  public SecretKey newKey() throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256, random);
    return generator.generateKey();
  }

  public byte[] encrypt(SecretKey key, byte[] macKey, byte[] plaintext) throws GeneralSecurityException {
    byte[] counter = new byte[16];
    random.nextBytes(counter);
    Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.getEncoded(), "AES"),
        new IvParameterSpec(counter));
    byte[] ciphertext = cipher.doFinal(plaintext);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
    mac.update(counter);
    return mac.doFinal(ciphertext);
  }
}
