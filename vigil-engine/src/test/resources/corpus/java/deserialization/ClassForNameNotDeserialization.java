// vigil-expect: safe cwe=502
// case: Class.forName of a request parameter is unsafe reflection (CWE-470), not deserialization
package corpus.heldout3.deser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ClassForNameNotDeserialization {
  @GetMapping("/types/describe")
  public String describe(@RequestParam String type) throws ClassNotFoundException {
    return Class.forName(type).getSimpleName();
  }
}
