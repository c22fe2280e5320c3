// vigil-expect: safe cwe=295
// case: the default hostname verifier is set explicitly
package corpus.tls;

import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

public class DefaultVerifierKept {
  public HttpsURLConnection open(URL url) throws java.io.IOException {
    HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();
    conn.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
    return conn;
  }
}
