// vigil-expect: vulnerable cwe=328
// case: the algorithm is an interface constant the class inherits
package corpus.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

interface SignatureDefaults {
  String DIGEST_ALGORITHM = "SHA1";
  int SIGNATURE_VERSION = 2;
}

public class InterfaceConstantSha1 implements SignatureDefaults {
  private final byte[] sharedSecret;

  public InterfaceConstantSha1(byte[] sharedSecret) {
    this.sharedSecret = sharedSecret.clone();
  }

  public String sign(byte[] payload) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance(DIGEST_ALGORITHM);
    md.update(sharedSecret);
    md.update(payload);
    return SIGNATURE_VERSION + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest());
  }
}
