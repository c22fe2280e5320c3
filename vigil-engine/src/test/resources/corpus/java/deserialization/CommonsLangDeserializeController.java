// vigil-expect: vulnerable cwe=502
// case: SerializationUtils.deserialize of request bytes
package corpus.deser;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/deser/commons-lang-deserialize")
public class CommonsLangDeserializeController {
  @GetMapping
  public void handle(@RequestHeader("X-State") String payload, HttpServletResponse response)
      throws IOException {
    Object state = org.apache.commons.lang3.SerializationUtils.deserialize(Base64.getDecoder().decode(payload));
    response.getWriter().print(state != null);
  }
}
