// vigil-expect: safe cwe=502
// case: the Java-serialisation branch is behind a constant false flag; JSON is read instead
package corpus.deser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LegacyFormatOffController {
  private static final boolean LEGACY_FORMAT = false;
  private final ObjectMapper mapper = new ObjectMapper();

  @PostMapping("/settings/import")
  public Object importSettings(@RequestBody InputStream body) throws IOException, ClassNotFoundException {
    if (LEGACY_FORMAT) {
      try (ObjectInputStream in = new ObjectInputStream(body)) {
        return in.readObject();
      }
    }
    return mapper.readValue(body, Map.class);
  }
}
