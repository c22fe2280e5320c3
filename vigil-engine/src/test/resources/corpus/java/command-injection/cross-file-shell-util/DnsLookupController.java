// vigil-expect: vulnerable cwe=78
// case: a static shell utility in another file runs the command line built from the domain
package corpus.cmdi2.util;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DnsLookupController {
  @GetMapping("/tools/dig")
  public String dig(@RequestParam String domain, @RequestParam(defaultValue = "A") String type) throws IOException {
    String record = "MX".equals(type) ? "MX" : "A";
    return Shell.run("dig +short " + record + " " + domain);
  }
}
