// vigil-expect: safe cwe=328
// case: the digest name comes from the environment and falls back to SHA-512
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

public class EnvironmentDefaultSha512 {
  private final String algorithm =
      Optional.ofNullable(System.getenv("TOKEN_DIGEST")).orElse("SHA-512");

  public byte[] hashToken(byte[] token) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(algorithm).digest(token);
  }
}
