// vigil-expect: vulnerable cwe=295
// case: hostname verifier warns about a mismatch and accepts anyway
package corpus.tls;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

public class LoggingHostnameVerifier implements HostnameVerifier {
  @Override
  public boolean verify(String hostname, SSLSession session) {
    if (!hostname.equals(session.getPeerHost())) {
      System.err.println("hostname mismatch for " + hostname);
    }
    return true;
  }

  public static void install() {
    HttpsURLConnection.setDefaultHostnameVerifier(new LoggingHostnameVerifier());
  }
}
