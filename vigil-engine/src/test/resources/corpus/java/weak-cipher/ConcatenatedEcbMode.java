// vigil-expect: vulnerable cwe=327
// case: algorithm, mode and padding constants joined into an ECB transformation
package corpus.cipher;

import java.security.GeneralSecurityException;
import java.security.Key;
import javax.crypto.Cipher;

public final class ConcatenatedEcbMode {
  private static final String ALGORITHM = "AES";
  private static final String MODE = "ECB";
  private static final String PADDING = "PKCS5Padding";

  private ConcatenatedEcbMode() {}

  public static byte[] seal(Key key, byte[] data) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(ALGORITHM + "/" + MODE + "/" + PADDING);
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(data);
  }
}
