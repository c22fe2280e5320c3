// vigil-expect: vulnerable cwe=798
// case: jjwt signWith with a literal secret
package corpus.creds;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;

public class JjwtSigningString {
  public String token(String user) {
    return Jwts.builder().setSubject(user).signWith(SignatureAlgorithm.HS256, "s1gning-Key-4-jwt").compact();
  }
}
