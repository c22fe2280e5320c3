// vigil-expect: safe cwe=328
// case: the algorithm name comes from an enum constant's name(); it checksums a body, where collisions do not matter
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class EnumAlgorithmName {
  enum Algorithm { MD5, SHA1 }

  public byte[] checksum(byte[] body) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(Algorithm.MD5.name()).digest(body);
  }
}
