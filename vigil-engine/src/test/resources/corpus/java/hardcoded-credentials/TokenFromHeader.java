// vigil-expect: safe cwe=798
// case: token read from the request and compared with a configured value
package corpus.creds;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;

public class TokenFromHeader {
  private final String expectedToken;

  public TokenFromHeader(String expectedToken) {
    this.expectedToken = expectedToken;
  }

  public boolean authorised(HttpServletRequest request) {
    String token = request.getHeader("X-Auth-Token");
    return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        expectedToken.getBytes(StandardCharsets.UTF_8));
  }
}
