// vigil-expect: vulnerable cwe=502
// case: Spring SerializationUtils.deserialize on the raw request body
package corpus.deser;

import org.springframework.util.SerializationUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpringSerializationUtilsBody {
  @PostMapping(value = "/jobs", consumes = "application/x-java-serialized-object")
  public String submit(@RequestBody byte[] body) {
    Object job = SerializationUtils.deserialize(body);
    return String.valueOf(job);
  }
}
