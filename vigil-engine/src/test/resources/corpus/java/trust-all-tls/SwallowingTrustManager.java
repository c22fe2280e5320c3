// vigil-expect: vulnerable cwe=295
// case: the trust manager catches the delegate's rejection and only logs it
package corpus.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SwallowingTrustManager implements X509TrustManager {
  private static final Logger log = LoggerFactory.getLogger(SwallowingTrustManager.class);
  private final X509TrustManager delegate;

  public SwallowingTrustManager(X509TrustManager delegate) {
    this.delegate = delegate;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    try {
      delegate.checkServerTrusted(chain, authType);
    } catch (CertificateException e) {
      log.warn("untrusted server certificate accepted: {}", e.getMessage());
    }
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }
}
