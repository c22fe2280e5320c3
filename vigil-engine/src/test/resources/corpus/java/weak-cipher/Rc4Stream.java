// vigil-expect: vulnerable cwe=327
// case: RC4 stream cipher
package corpus.cipher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class Rc4Stream {
  public Cipher open(SecretKey key) throws GeneralSecurityException {
    Cipher rc4 = Cipher.getInstance("RC4");
    rc4.init(Cipher.ENCRYPT_MODE, key);
    return rc4;
  }
}
