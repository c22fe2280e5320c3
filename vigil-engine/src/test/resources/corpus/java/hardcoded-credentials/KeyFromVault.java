// vigil-expect: safe cwe=798
// case: JWT secret loaded from configuration
package corpus.creds;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

public class KeyFromVault {
  private final String jwtSecret;

  public KeyFromVault(java.util.Properties config) {
    this.jwtSecret = config.getProperty("jwt.secret");
  }

  public String issue(String subject) {
    return JWT.create().withSubject(subject).sign(Algorithm.HMAC256(jwtSecret));
  }
}
