// vigil-expect: safe cwe=328
// case: SHA-256 digest
package corpus.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class Sha256PasswordHasher {
  public String checksum(String content) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(md.digest(content.getBytes(StandardCharsets.UTF_8)));
  }
}
