// vigil-expect: safe cwe=502
// case: tainted value only in the dead else branch
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
@RequestMapping("/deser/dead-branch")
public class DeadBranchController {
  @PostMapping
  public void handle(@RequestBody String payload, HttpServletResponse response)
      throws IOException {
    String encoded;
    if ((7 * 42) - 86 > 200) {
      encoded = "rO0ABXA=";
    } else {
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
