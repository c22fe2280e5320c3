// vigil-expect: safe cwe=328
// case: Commons Codec sha256Hex
package corpus.hash;

import org.apache.commons.codec.digest.DigestUtils;

public class CommonsSha256 {
  public String etag(byte[] body) {
    return DigestUtils.sha256Hex(body);
  }
}
