// vigil-expect: vulnerable cwe=321
// case: HMAC key from a literal byte array
package corpus.creds;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class ByteArrayHmacKey {
  private static final byte[] KEY = {0x4b, 0x1f, 0x7a, 0x22, 0x09, 0x5c, 0x63, 0x11,
      0x2e, 0x70, 0x3d, 0x45, 0x18, 0x6f, 0x02, 0x59};

  public byte[] mac(byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    return mac.doFinal(data);
  }
}
