// vigil-expect: vulnerable cwe=328
// case: MD5 is the default when the setting is absent, and the digest hashes passwords
package corpus.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Properties;

public class DigestFromPropertiesPassword {
  private final Properties settings;

  public DigestFromPropertiesPassword(Properties settings) {
    this.settings = settings;
  }

  public byte[] hashPassword(String password) throws Exception {
    MessageDigest digest = MessageDigest.getInstance(settings.getProperty("password.digest", "MD5"));
    return digest.digest(password.getBytes(StandardCharsets.UTF_8));
  }
}
