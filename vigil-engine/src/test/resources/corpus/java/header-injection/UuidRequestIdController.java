// vigil-expect: safe cwe=113
// case: the request id is parsed as a UUID and re-rendered before it is echoed
package corpus.header;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UuidRequestIdController {
  @GetMapping("/health")
  public ResponseEntity<String> health(@RequestHeader("X-Request-Id") String requestId) {
    String id = UUID.fromString(requestId).toString();
    return ResponseEntity.ok().header("X-Request-Id", id).body("ok");
  }
}
