// vigil-expect: safe cwe=295
// case: a trust manager logs the chain and then delegates to the platform manager
package corpus.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.logging.Logger;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

public class LoggingDelegatingTrustManager implements X509TrustManager {
  private static final Logger LOG = Logger.getLogger(LoggingDelegatingTrustManager.class.getName());
  private final X509TrustManager platform;

  public LoggingDelegatingTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    X509TrustManager found = null;
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) found = x509;
    }
    if (found == null) throw new IllegalStateException("no X509TrustManager");
    this.platform = found;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    platform.checkClientTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    LOG.fine(() -> "server chain: " + chain[0].getSubjectX500Principal());
    platform.checkServerTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return platform.getAcceptedIssuers();
  }
}
