// vigil-expect: safe cwe=798
// case: password compared with a stored hash, not a literal
package corpus.creds;

import java.security.MessageDigest;

public class PasswordCompareRequest {
  private final byte[] storedHash;

  public PasswordCompareRequest(byte[] storedHash) {
    this.storedHash = storedHash;
  }

  public boolean matches(byte[] candidateHash) {
    return MessageDigest.isEqual(storedHash, candidateHash);
  }
}
