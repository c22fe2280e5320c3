// vigil-expect: vulnerable cwe=295
// case: the JDK HttpClient's hostname verification is switched off by system property
package corpus.tls;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class HttpClientVerificationDisabled {
  static {
    System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
  }

  private final HttpClient client = HttpClient.newHttpClient();

  public String fetch(String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
