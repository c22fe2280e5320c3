// vigil-expect: vulnerable cwe=295
// case: OkHttp gets a hostname verifier as a method reference to a method that returns true
package corpus.tls;

import javax.net.ssl.SSLSession;
import okhttp3.OkHttpClient;

public final class MethodReferenceVerifier {
  private MethodReferenceVerifier() {}

  public static OkHttpClient internalClient() {
    return new OkHttpClient.Builder()
        .hostnameVerifier(MethodReferenceVerifier::acceptAnyHost)
        .build();
  }

  private static boolean acceptAnyHost(String hostname, SSLSession session) {
    return true;
  }
}
