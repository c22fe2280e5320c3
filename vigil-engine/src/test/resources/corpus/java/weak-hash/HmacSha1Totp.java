// vigil-expect: safe cwe=328
// case: HMAC-SHA1 as required by TOTP is not a plain SHA-1 digest
package corpus.hash;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class HmacSha1Totp {
  public int code(byte[] seed, long counter) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(seed, "HmacSHA1"));
    byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    int offset = h[h.length - 1] & 0xf;
    return ((h[offset] & 0x7f) << 24 | (h[offset + 1] & 0xff) << 16
        | (h[offset + 2] & 0xff) << 8 | (h[offset + 3] & 0xff)) % 1_000_000;
  }
}
