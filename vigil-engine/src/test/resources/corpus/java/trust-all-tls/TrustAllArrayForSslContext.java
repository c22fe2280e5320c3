// vigil-expect: vulnerable cwe=295
// case: a TrustManager array holding an accept-all manager initialises the SSLContext
package corpus.tls;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public final class TrustAllArrayForSslContext {
  private TrustAllArrayForSslContext() {}

  public static SSLSocketFactory legacyPartnerSockets() throws GeneralSecurityException {
    TrustManager[] trustAll = {
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
          // the partner uses a self-signed certificate
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }
    };
    SSLContext context = SSLContext.getInstance("TLSv1.2");
    context.init(null, trustAll, new SecureRandom());
    return context.getSocketFactory();
  }
}
