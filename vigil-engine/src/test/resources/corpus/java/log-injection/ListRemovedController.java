// vigil-expect: safe cwe=117
// case: tainted element removed before logging
package corpus.logi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/logi/list-removed")
public class ListRemovedController {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GetMapping("/{user}")
  public void handle(@PathVariable("user") String user)
      throws IOException {
    List<String> names = new ArrayList<>();
    names.add(user);
    names.add("batch");
    names.remove(0);
    log.info("Run by " + names.get(0));
  }
}
