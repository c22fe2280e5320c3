// vigil-expect: safe cwe=117
// case: the audit map also holds the caller's user, but only the constant entries are logged
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
public class AuditMapActionController {
  private static final Logger log = LoggerFactory.getLogger(AuditMapActionController.class);

  @DeleteMapping("/documents-audited/{id}")
  public void delete(@PathVariable long id, @RequestHeader("X-User") String user) {
    Map<String, String> audit = new HashMap<>();
    audit.put("user", user);
    audit.put("action", "delete");
    audit.put("document", Long.toString(id));
    log.info("audit action=" + audit.get("action") + " document=" + audit.get("document"));
  }
}
