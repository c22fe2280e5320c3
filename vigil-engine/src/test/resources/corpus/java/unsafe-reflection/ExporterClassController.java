// vigil-expect: vulnerable cwe=470
// case: a request parameter names the class that is loaded and instantiated
package corpus.heldout3.refl;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExporterClassController {
  @GetMapping("/export")
  public String export(@RequestParam String exporter) throws ReflectiveOperationException {
    Class<?> type = Class.forName(exporter);
    Object instance = type.getDeclaredConstructor().newInstance();
    return instance.toString();
  }
}
