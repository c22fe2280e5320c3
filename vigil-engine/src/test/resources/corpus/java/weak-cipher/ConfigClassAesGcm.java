// vigil-expect: safe cwe=327
// case: AES-GCM transformation kept in a nested configuration class, fresh nonce
package corpus.cipher;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class ConfigClassAesGcm {
  static final class CryptoConfig {
    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;

    private CryptoConfig() {}
  }

  private final SecureRandom random = new SecureRandom();

  public byte[] encrypt(SecretKey key, byte[] plaintext) throws GeneralSecurityException {
    byte[] nonce = new byte[CryptoConfig.NONCE_LENGTH];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance(CryptoConfig.TRANSFORMATION);
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(CryptoConfig.TAG_BITS, nonce));
    byte[] ciphertext = cipher.doFinal(plaintext);
    return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
  }
}
