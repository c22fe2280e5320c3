// vigil-expect: vulnerable cwe=502
// case: readUnshared is as dangerous as readObject
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/deser/read-unshared")
public class ReadUnsharedController {
  @GetMapping
  public void handle(@RequestParam("state") String payload, HttpServletResponse response)
      throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(Base64.getUrlDecoder().decode(payload)))) {
      response.getWriter().print(in.readUnshared() != null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
