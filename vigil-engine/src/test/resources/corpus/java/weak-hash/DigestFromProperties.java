// vigil-expect: safe cwe=328
// case: MD5 is the default when the setting is absent; it fingerprints documents, where collisions do not matter
package corpus.hash;

import java.security.MessageDigest;
import java.util.Properties;

public class DigestFromProperties {
  private final Properties settings;

  public DigestFromProperties(Properties settings) {
    this.settings = settings;
  }

  public byte[] fingerprint(byte[] document) throws Exception {
    MessageDigest digest = MessageDigest.getInstance(settings.getProperty("fingerprint.digest", "MD5"));
    return digest.digest(document);
  }
}
