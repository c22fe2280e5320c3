// vigil-expect: safe cwe=918
// case: Class.getResource gives a local URL; openConnection on it reads the application's own file
package corpus.heldout3.ssrf;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ClassResourceConnectionController {
  @GetMapping("/schemas/{name}/modified")
  public long modified(@PathVariable String name) throws IOException {
    URL url = ClassResourceConnectionController.class.getResource("/schemas/" + name + ".json");
    if (url == null) {
      return -1;
    }
    URLConnection connection = url.openConnection();
    return connection.getLastModified();
  }
}
