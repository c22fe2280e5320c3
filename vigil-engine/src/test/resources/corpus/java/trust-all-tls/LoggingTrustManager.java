// vigil-expect: vulnerable cwe=295
// case: the trust manager only logs the chain and accepts it
package corpus.tls;

import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LoggingTrustManager implements X509TrustManager {
  private static final Logger LOG = LoggerFactory.getLogger(LoggingTrustManager.class);

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    LOG.debug("client chain of {} certificates", chain.length);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    LOG.debug("server {} presented {} certificates", chain[0].getSubjectX500Principal(), chain.length);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
