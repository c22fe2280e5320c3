// vigil-expect: vulnerable cwe=798
// case: keystore password as a char array built from a literal
package corpus.creds;

import java.io.InputStream;
import java.security.KeyStore;

public class KeystorePasswordChars {
  private static final char[] KEYSTORE_PASSWORD = "st0re-Pa55!".toCharArray();

  public KeyStore load(InputStream in) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(in, KEYSTORE_PASSWORD);
    return store;
  }
}
