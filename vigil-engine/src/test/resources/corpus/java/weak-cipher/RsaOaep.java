// vigil-expect: safe cwe=780
// case: RSA with OAEP padding
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.Cipher;

public class RsaOaep {
  public byte[] wrap(PublicKey key, byte[] secret) throws GeneralSecurityException {
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    rsa.init(Cipher.ENCRYPT_MODE, key);
    return rsa.doFinal(secret);
  }
}
