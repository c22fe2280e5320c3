// vigil-expect: vulnerable cwe=295
// case: Apache TrustAllStrategy
package corpus.tls;

import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.ssl.SSLContextBuilder;

public class TrustAllStrategyClient {
  public SSLContext context() throws Exception {
    return new SSLContextBuilder().loadTrustMaterial(null, new TrustAllStrategy()).build();
  }
}
