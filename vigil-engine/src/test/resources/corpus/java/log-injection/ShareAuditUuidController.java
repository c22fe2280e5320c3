// vigil-expect: safe cwe=117
// case: the same audit helpers, but the path variable is bound as a UUID
package corpus.logi2;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShareAuditUuidController {
  private static final Logger log = LoggerFactory.getLogger(ShareAuditUuidController.class);

  @PostMapping("/folders-by-id/{folder}/share")
  public void share(@PathVariable UUID folder) {
    audit("share", folder.toString());
  }

  private void audit(String action, String subject) {
    write(action + " on " + subject);
  }

  private void write(String line) {
    log.info(line);
  }
}
