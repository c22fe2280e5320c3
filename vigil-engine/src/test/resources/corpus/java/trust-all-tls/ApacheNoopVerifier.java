// vigil-expect: vulnerable cwe=295
// case: Apache HttpClient with NoopHostnameVerifier
package corpus.tls;

import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContexts;

public class ApacheNoopVerifier {
  public CloseableHttpClient client() throws Exception {
    SSLConnectionSocketFactory factory =
        new SSLConnectionSocketFactory(SSLContexts.createDefault(), NoopHostnameVerifier.INSTANCE);
    return HttpClients.custom().setSSLSocketFactory(factory).build();
  }
}
