// vigil-expect: vulnerable cwe=328
// case: Spring DigestUtils.md5DigestAsHex for passwords
package corpus.hash;

import java.nio.charset.StandardCharsets;
import org.springframework.util.DigestUtils;

public class SpringMd5Password {
  public boolean matches(String raw, String stored) {
    return DigestUtils.md5DigestAsHex(raw.getBytes(StandardCharsets.UTF_8)).equals(stored);
  }
}
