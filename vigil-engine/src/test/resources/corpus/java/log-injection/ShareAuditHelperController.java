// vigil-expect: vulnerable cwe=117
// case: the path variable reaches the logger through two private audit helpers
package corpus.logi2;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShareAuditHelperController {
  private static final Logger log = LoggerFactory.getLogger(ShareAuditHelperController.class);

  @PostMapping("/folders/{folder}/share")
  public void share(@PathVariable String folder) {
    audit("share", folder);
  }

  private void audit(String action, String subject) {
    write(action + " on " + subject);
  }

  private void write(String line) {
    log.info(line);
  }
}
