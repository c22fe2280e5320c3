// vigil-expect: vulnerable cwe=295
// case: OkHttp client with a hostname verifier that accepts everything
package corpus.tls;

import okhttp3.OkHttpClient;

public class OkHttpTrustAll {
  public OkHttpClient client() {
    return new OkHttpClient.Builder()
        .hostnameVerifier((hostname, session) -> true)
        .build();
  }
}
