// vigil-expect: safe cwe=113
// case: a request header echoed into a response header through ResponseEntity (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.header;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RequestIdEchoController {
  @GetMapping("/status")
  public ResponseEntity<String> status(@RequestHeader("X-Request-Id") String requestId) {
    return ResponseEntity.ok().header("X-Request-Id", requestId).body("ok");
  }
}
