// vigil-expect: vulnerable cwe=327
// case: the transformation is read from settings and defaults to AES/ECB
package corpus.cipher;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class PropertiesDefaultEcb {
  private final Properties settings = new Properties();

  public PropertiesDefaultEcb() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/crypto.properties")) {
      if (in != null) settings.load(in);
    }
  }

  public byte[] encryptField(byte[] key, byte[] value) throws GeneralSecurityException {
    String transformation = settings.getProperty("field.cipher", "AES/ECB/PKCS5Padding");
    Cipher cipher = Cipher.getInstance(transformation);
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    return cipher.doFinal(value);
  }
}
