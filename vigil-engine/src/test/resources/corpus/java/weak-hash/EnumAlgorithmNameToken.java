// vigil-expect: vulnerable cwe=328
// case: the algorithm name comes from an enum constant's name(), and the digest derives an API token
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class EnumAlgorithmNameToken {
  enum Algorithm { MD5, SHA1 }

  public String apiToken(byte[] seed) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(Algorithm.SHA1.name()).digest(seed));
  }
}
