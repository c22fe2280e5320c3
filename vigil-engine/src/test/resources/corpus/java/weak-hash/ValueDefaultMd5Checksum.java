// vigil-expect: safe cwe=328
// case: a Spring @Value placeholder whose default algorithm is MD5 feeds MessageDigest for storage checksums, where collisions do not matter
package corpus.hash2;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ValueDefaultMd5Checksum {
  @Value("${storage.checksum.algorithm:MD5}")
  private String algorithm;

  public String checksum(byte[] blob) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    return HexFormat.of().formatHex(digest.digest(blob));
  }
}
