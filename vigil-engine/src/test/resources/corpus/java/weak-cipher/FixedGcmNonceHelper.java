// vigil-expect: vulnerable cwe=329
// case: a helper builds the GCM parameters from a Base64 constant nonce used for every message
package corpus.cipher2;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class FixedGcmNonceHelper {
  private static final String NONCE_B64 = "AAECAwQFBgcICQoL";
  private final SecretKey key;

  public FixedGcmNonceHelper(SecretKey key) {
    this.key = key;
  }

  public byte[] seal(byte[] plain) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, params());
    return cipher.doFinal(plain);
  }

  private static GCMParameterSpec params() {
    return new GCMParameterSpec(128, Base64.getDecoder().decode(NONCE_B64));
  }
}
