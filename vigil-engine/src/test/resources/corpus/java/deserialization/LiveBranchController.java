// vigil-expect: vulnerable cwe=502
// case: always-true constant condition keeps the tainted value
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/deser/live-branch")
public class LiveBranchController {
  @PostMapping
  public void handle(@RequestBody String payload, HttpServletResponse response)
      throws IOException {
    String encoded = "rO0ABXA=";
    if ((7 * 42) - 86 > 200) {
      encoded = payload;
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      response.getWriter().print(in.readObject() != null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
