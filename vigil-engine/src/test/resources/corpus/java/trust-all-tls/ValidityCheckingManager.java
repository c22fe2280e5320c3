// vigil-expect: safe cwe=295
// case: trust manager that validates the chain
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

public class ValidityCheckingManager implements X509TrustManager {
  private final X509Certificate anchor;

  public ValidityCheckingManager(X509Certificate anchor) {
    this.anchor = anchor;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    throw new CertificateException("client authentication is not supported");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("empty chain");
    }
    chain[0].checkValidity();
    try {
      chain[chain.length - 1].verify(anchor.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new CertificateException("chain does not end at the pinned anchor", e);
    }
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[] {anchor};
  }
}
