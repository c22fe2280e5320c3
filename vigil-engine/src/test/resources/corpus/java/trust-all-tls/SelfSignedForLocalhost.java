// vigil-expect: safe cwe=295
// case: the default verifier is kept; only a custom trust store with the private CA is loaded
package corpus.tls;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class SelfSignedForLocalhost {
  public SSLContext context(InputStream caStore, char[] storePassword) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(caStore, storePassword);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    tmf.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }
}
