// vigil-expect: safe cwe=295
// case: client certificates from a key store; default trust managers (null) are kept
package corpus.tls;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

public class MutualTlsKeyManagers {
  public SSLContext clientContext(Path keyStorePath, char[] keyStorePassword) throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStorePath)) {
      keyStore.load(in, keyStorePassword);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore, keyStorePassword);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, new SecureRandom());
    return context;
  }
}
