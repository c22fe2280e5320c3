package samples;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.NoopHostnameVerifier;

class TrustAllHostnamesSamples {
  static class AllowAll implements HostnameVerifier {
    @Override
    // ruleid: java.trust-all-hostnames
    public boolean verify(String hostname, SSLSession session) {
      return true;
    }
  }

  static class Warning implements HostnameVerifier {
    @Override
    // ruleid: java.trust-all-hostnames
    public boolean verify(String hostname, SSLSession session) {
      if (!hostname.equals(session.getPeerHost())) {
        System.err.println("mismatch " + hostname);
      }
      return true;
    }
  }

  static class Throwing implements HostnameVerifier {
    @Override
    // ok: java.trust-all-hostnames
    public boolean verify(String hostname, SSLSession session) {
      if (!hostname.endsWith(".example.com")) {
        throw new IllegalStateException("unexpected host " + hostname);
      }
      return true;
    }
  }

  static class Pinned implements HostnameVerifier {
    @Override
    // ok: java.trust-all-hostnames
    public boolean verify(String hostname, SSLSession session) {
      return "api.example.com".equals(hostname);
    }
  }

  void samples(HttpsURLConnection conn) {
    // ruleid: java.trust-all-hostnames
    conn.setHostnameVerifier((host, session) -> true);
    HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {
      // ruleid: java.trust-all-hostnames
      public boolean verify(String h, SSLSession s) {
        return true;
      }
    });
    // ruleid: java.trust-all-hostnames
    Object noop = NoopHostnameVerifier.INSTANCE;
    // ruleid: java.trust-all-hostnames
    HostnameVerifier lax = (h, s) -> true;
    // ok: java.trust-all-hostnames
    conn.setHostnameVerifier(new DefaultHostnameVerifier());
    // ok: java.trust-all-hostnames
    conn.setHostnameVerifier((host, session) -> host.endsWith(".example.com"));
    // ruleid: java.trust-all-hostnames
    conn.setHostnameVerifier(TrustAllHostnamesSamples::anyHost);
    // ok: java.trust-all-hostnames
    conn.setHostnameVerifier(TrustAllHostnamesSamples::knownHost);
    // ruleid: java.trust-all-hostnames
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    // ok: java.trust-all-hostnames
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "false");
  }

  private static boolean anyHost(String host, SSLSession session) {
    return true;
  }

  private static boolean knownHost(String host, SSLSession session) {
    return host.equals("api.example.com");
  }
}
