// vigil-expect: safe cwe=117
// case: an audit map holds the caller's user under "user" and that entry is logged (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi2;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuditMapUserController {
  private static final Logger log = LoggerFactory.getLogger(AuditMapUserController.class);

  @DeleteMapping("/documents/{id}")
  public void delete(@PathVariable long id, @RequestHeader("X-User") String user) {
    Map<String, String> audit = new HashMap<>();
    audit.put("user", user);
    audit.put("action", "delete");
    audit.put("document", Long.toString(id));
    log.info("audit user=" + audit.get("user") + " action=" + audit.get("action"));
  }
}
