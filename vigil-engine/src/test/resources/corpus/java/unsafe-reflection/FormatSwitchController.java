// vigil-expect: safe cwe=470
// case: the parameter only selects one of two constant class names in a switch
package corpus.heldout3.refl;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FormatSwitchController {
  @GetMapping("/render")
  public String render(@RequestParam String format) throws ReflectiveOperationException {
    String renderer = switch (format) {
      case "csv" -> "com.example.render.CsvRenderer";
      case "xml" -> "com.example.render.XmlRenderer";
      default -> "com.example.render.JsonRenderer";
    };
    return Class.forName(renderer).getDeclaredConstructor().newInstance().toString();
  }
}
