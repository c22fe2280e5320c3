// vigil-expect: safe cwe=780
// case: RSA with OAEP padding named through a constant; ECB in an RSA name is not block ECB
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.Cipher;

public class RsaOaepConstant {
  private static final String RSA_TRANSFORMATION = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";

  public byte[] wrapKey(PublicKey recipient, byte[] dataKey) throws GeneralSecurityException {
    Cipher rsa = Cipher.getInstance(RSA_TRANSFORMATION);
    rsa.init(Cipher.ENCRYPT_MODE, recipient);
    return rsa.doFinal(dataKey);
  }
}
