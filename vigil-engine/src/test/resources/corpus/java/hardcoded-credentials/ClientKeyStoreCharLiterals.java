// vigil-expect: vulnerable cwe=259
// case: the key store password is spelled out as a char array literal
package corpus.creds;

import java.io.InputStream;
import java.security.KeyStore;

public class ClientKeyStoreCharLiterals {
  private static final char[] KEYSTORE_PASSWORD = {'k', '3', 'y', 's', 't', '0', 'r', 'e', '!', '9'};

  public KeyStore load() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = getClass().getResourceAsStream("/client.p12")) {
      store.load(in, KEYSTORE_PASSWORD);
    }
    return store;
  }
}
