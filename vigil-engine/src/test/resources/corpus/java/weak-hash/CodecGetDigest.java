// vigil-expect: vulnerable cwe=328
// case: Commons Codec DigestUtils.getDigest with a weak name
package corpus.hash;

import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

public class CodecGetDigest {
  public byte[] sign(byte[] payload) {
    MessageDigest digest = DigestUtils.getDigest("SHA-1");
    return digest.digest(payload);
  }
}
