// vigil-expect: vulnerable cwe=780
// case: textbook RSA without padding
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.Cipher;

public class RsaNoPadding {
  public byte[] wrap(PublicKey key, byte[] secret) throws GeneralSecurityException {
    Cipher rsa = Cipher.getInstance("RSA/NONE/NoPadding");
    rsa.init(Cipher.ENCRYPT_MODE, key);
    return rsa.doFinal(secret);
  }
}
