// vigil-expect: vulnerable cwe=328
// case: a classpath properties file is read and the digest falls back to a SHA1 constant
package corpus.hash2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Properties;

public class PropertiesFileSha1Default {
  private static final String DEFAULT_TOKEN_DIGEST = "SHA1";
  private final Properties config = new Properties();

  public PropertiesFileSha1Default() {
    try (InputStream in = PropertiesFileSha1Default.class.getResourceAsStream("/security.properties")) {
      if (in != null) {
        config.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] hashToken(byte[] token) throws NoSuchAlgorithmException {
    String algorithm = config.getProperty("token.digest", DEFAULT_TOKEN_DIGEST);
    return MessageDigest.getInstance(algorithm).digest(token);
  }
}
