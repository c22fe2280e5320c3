// vigil-expect: safe cwe=295
// case: OkHttp client with certificate pinning and the default verifier
package corpus.tls;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

public class OkHttpPinning {
  public OkHttpClient client() {
    CertificatePinner pinner = new CertificatePinner.Builder()
        .add("api.example.com", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .build();
    return new OkHttpClient.Builder().certificatePinner(pinner).build();
  }
}
