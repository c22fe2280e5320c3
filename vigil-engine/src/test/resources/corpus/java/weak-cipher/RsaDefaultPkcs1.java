// vigil-expect: safe cwe=327
// case: RSA/ECB/PKCS1Padding: ECB in an RSA name is not block mode ECB
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import javax.crypto.Cipher;

public class RsaDefaultPkcs1 {
  public byte[] sign(PrivateKey key, byte[] digestInfo) throws GeneralSecurityException {
    Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
    rsa.init(Cipher.ENCRYPT_MODE, key);
    return rsa.doFinal(digestInfo);
  }
}
