// vigil-expect: vulnerable cwe=328
// case: the digest name comes from the environment and falls back to MD5 when unset
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

public class EnvironmentDefaultMd5 {
  private final String algorithm =
      Optional.ofNullable(System.getenv("TOKEN_DIGEST")).orElse("MD5");

  public byte[] hashToken(byte[] token) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(algorithm).digest(token);
  }
}
