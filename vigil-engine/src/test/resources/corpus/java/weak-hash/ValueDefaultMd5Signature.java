// vigil-expect: vulnerable cwe=328
// case: a Spring @Value placeholder whose default algorithm is MD5 feeds MessageDigest that signs callbacks
package corpus.hash2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ValueDefaultMd5Signature {
  @Value("${callback.signature.algorithm:MD5}")
  private String algorithm;

  public String sign(String payload, String sharedSecret) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    return HexFormat.of().formatHex(digest.digest((payload + sharedSecret).getBytes(StandardCharsets.UTF_8)));
  }
}
