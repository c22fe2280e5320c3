// vigil-expect: safe cwe=328
// case: Commons Codec DigestUtils instance built with SHA-256
package corpus.hash;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.springframework.stereotype.Service;

@Service
public class CodecInstanceSha256 {
  private final DigestUtils digests = new DigestUtils(MessageDigestAlgorithms.SHA_256);

  public String apiKeyHash(String apiKey) {
    return digests.digestAsHex(apiKey);
  }
}
