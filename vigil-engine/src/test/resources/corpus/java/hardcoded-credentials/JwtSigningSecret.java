// vigil-expect: vulnerable cwe=798
// case: JWT HMAC secret in code
package corpus.creds;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

public class JwtSigningSecret {
  private static final String JWT_SECRET = "my-very-long-signing-secret-2024";

  public String issue(String subject) {
    return JWT.create().withSubject(subject).sign(Algorithm.HMAC256(JWT_SECRET));
  }
}
