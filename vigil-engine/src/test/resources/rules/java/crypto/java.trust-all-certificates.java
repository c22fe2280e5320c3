package samples;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.ssl.SSLContextBuilder;

class TrustAllCertificatesSamples {
  TrustManager[] anonymous = new TrustManager[] {
      new X509TrustManager() {
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        // ruleid: java.trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }
  };

  static class Named implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ruleid: java.trust-all-certificates
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      return;
    }

    public X509Certificate[] getAcceptedIssuers() {
      return null;
    }
  }

  static class Logging implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ruleid: java.trust-all-certificates
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      System.out.println("accepting " + chain.length + " certificates");
    }

    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  static class Swallowing implements X509TrustManager {
    private final X509TrustManager delegate;

    Swallowing(X509TrustManager delegate) {
      this.delegate = delegate;
    }

    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ruleid: java.trust-all-certificates
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      try {
        delegate.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        System.err.println("accepted anyway: " + e);
      }
    }

    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  static class Rethrowing implements X509TrustManager {
    private final X509TrustManager delegate;

    Rethrowing(X509TrustManager delegate) {
      this.delegate = delegate;
    }

    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ok: java.trust-all-certificates
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      try {
        delegate.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        System.err.println("rejected: " + e);
        throw e;
      }
    }

    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  static class Checking implements X509TrustManager {
    private final X509TrustManager delegate;

    Checking(X509TrustManager delegate) {
      this.delegate = delegate;
    }

    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    // ok: java.trust-all-certificates
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      delegate.checkServerTrusted(chain, authType);
    }

    public X509Certificate[] getAcceptedIssuers() {
      return delegate.getAcceptedIssuers();
    }
  }

  void builders() throws Exception {
    // ruleid: java.trust-all-certificates
    new SSLContextBuilder().loadTrustMaterial(null, new TrustAllStrategy());
    // ruleid: java.trust-all-certificates
    new SSLContextBuilder().loadTrustMaterial(null, (chain, authType) -> true);
    // ok: java.trust-all-certificates
    new SSLContextBuilder().loadTrustMaterial(null, (chain, authType) -> chain.length == 1);
  }
}
