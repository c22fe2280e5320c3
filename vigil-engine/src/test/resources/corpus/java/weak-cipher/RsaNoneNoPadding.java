// vigil-expect: vulnerable cwe=780
// case: Bouncy Castle RSA/NONE/NoPadding for wrapping a session key
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

public class RsaNoneNoPadding {
  private static final String PROVIDER = "BC";

  public byte[] wrap(PublicKey recipient, SecretKey sessionKey) throws GeneralSecurityException {
    Cipher rsa = Cipher.getInstance("RSA/NONE/NoPadding", PROVIDER);
    rsa.init(Cipher.ENCRYPT_MODE, recipient);
    return rsa.doFinal(sessionKey.getEncoded());
  }
}
