// vigil-expect: vulnerable cwe=328
// case: Commons Codec md5Hex derives a reset token
package corpus.hash;

import org.apache.commons.codec.digest.DigestUtils;

public class CommonsCodecToken {
  public String resetToken(String email, long issuedAt) {
    return DigestUtils.md5Hex(email + ":" + issuedAt);
  }
}
