// vigil-expect: vulnerable cwe=117
// case: a request body string is logged as it came
package corpus.heldout3.logi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RequestBodyNoteController {
  private static final Logger log = LoggerFactory.getLogger(RequestBodyNoteController.class);

  @PostMapping("/api/notes")
  public void add(@RequestBody String note) {
    log.info("note added: " + note);
  }
}
