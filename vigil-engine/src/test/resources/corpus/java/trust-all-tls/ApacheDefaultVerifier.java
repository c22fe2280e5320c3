// vigil-expect: safe cwe=295
// case: Apache HttpClient with the default hostname verifier
package corpus.tls;

import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContexts;

public class ApacheDefaultVerifier {
  public CloseableHttpClient client() throws Exception {
    SSLConnectionSocketFactory factory =
        new SSLConnectionSocketFactory(SSLContexts.createDefault(), new DefaultHostnameVerifier());
    return HttpClients.custom().setSSLSocketFactory(factory).build();
  }
}
