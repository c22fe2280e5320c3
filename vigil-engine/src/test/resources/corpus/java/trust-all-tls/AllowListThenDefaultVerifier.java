// vigil-expect: safe cwe=295
// case: the lambda verifier allows listed hosts only and still runs the default check
package corpus.tls;

import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;

public final class AllowListThenDefaultVerifier {
  private static final Set<String> ALLOWED = Set.of("api.partner.example", "files.partner.example");

  private AllowListThenDefaultVerifier() {}

  public static void install() {
    HostnameVerifier platform = HttpsURLConnection.getDefaultHostnameVerifier();
    HttpsURLConnection.setDefaultHostnameVerifier(
        (host, session) -> ALLOWED.contains(host) && platform.verify(host, session));
  }
}
