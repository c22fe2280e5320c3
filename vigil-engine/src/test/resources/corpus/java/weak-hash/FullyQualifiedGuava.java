// vigil-expect: vulnerable cwe=328
// case: Guava MD5 through a fully qualified name
package corpus.hash;

import java.nio.charset.StandardCharsets;

public class FullyQualifiedGuava {
  public String cacheKeyForToken(String token) {
    return com.google.common.hash.Hashing.md5().hashString(token, StandardCharsets.UTF_8).toString();
  }
}
