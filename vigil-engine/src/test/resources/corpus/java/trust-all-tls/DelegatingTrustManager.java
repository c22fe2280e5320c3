// vigil-expect: safe cwe=295
// case: trust manager delegating to the default one and adding a pin check
package corpus.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

public class DelegatingTrustManager implements X509TrustManager {
  private final X509TrustManager delegate;
  private final String pinnedSubject;

  public DelegatingTrustManager(X509TrustManager delegate, String pinnedSubject) {
    this.delegate = delegate;
    this.pinnedSubject = pinnedSubject;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    delegate.checkServerTrusted(chain, authType);
    if (!chain[0].getSubjectX500Principal().getName().equals(pinnedSubject)) {
      throw new CertificateException("unexpected server certificate");
    }
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }
}
