// vigil-expect: safe cwe=321
// case: key generated at runtime
package corpus.creds;

import java.security.GeneralSecurityException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

public class GeneratedKey {
  public SecretKey newKey() throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    byte[] raw = generator.generateKey().getEncoded();
    return new SecretKeySpec(raw, "AES");
  }
}
