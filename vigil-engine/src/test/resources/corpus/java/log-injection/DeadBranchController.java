// vigil-expect: safe cwe=117
// case: tainted value only in the dead else branch
package corpus.logi;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/logi/dead-branch")
public class DeadBranchController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping
  public void handle(@RequestParam("user") String user)
      throws IOException {
    String who;
    if ((7 * 42) - 86 > 200) {
      who = "anonymous";
    } else {
      who = user;
    }
    log.info("Visit by " + who);
  }
}
