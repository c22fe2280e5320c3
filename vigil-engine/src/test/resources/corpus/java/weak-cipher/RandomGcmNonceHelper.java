// vigil-expect: safe cwe=329
// case: a helper builds the GCM parameters from a fresh SecureRandom nonce each call
package corpus.cipher2;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class RandomGcmNonceHelper {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;

  public RandomGcmNonceHelper(SecretKey key) {
    this.key = key;
  }

  public byte[][] seal(byte[] plain) throws GeneralSecurityException {
    GCMParameterSpec spec = params();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, spec);
    return new byte[][] {spec.getIV(), cipher.doFinal(plain)};
  }

  private static GCMParameterSpec params() {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    return new GCMParameterSpec(128, nonce);
  }
}
