// vigil-expect: vulnerable cwe=328
// case: Commons Codec DigestUtils instance built with the SHA-1 algorithm constant
package corpus.hash;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.springframework.stereotype.Service;

@Service
public class CodecInstanceSha1 {
  private final DigestUtils digests = new DigestUtils(MessageDigestAlgorithms.SHA_1);

  public String apiKeyHash(String apiKey) {
    return digests.digestAsHex(apiKey);
  }
}
