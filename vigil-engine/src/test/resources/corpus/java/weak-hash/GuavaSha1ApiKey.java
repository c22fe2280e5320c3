// vigil-expect: vulnerable cwe=328
// case: Guava Hashing.sha1 stores API key hashes
package corpus.hash;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

public class GuavaSha1ApiKey {
  public String storedForm(String apiKey) {
    return Hashing.sha1().hashString(apiKey, StandardCharsets.UTF_8).toString();
  }
}
