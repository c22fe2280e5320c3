// vigil-expect: safe cwe=502
// case: Jackson into a concrete map type without default typing
package corpus.deser;

import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/deser/jackson-concrete")
public class JacksonConcreteController {
  @GetMapping
  public void handle(@CookieValue("state") String payload, HttpServletResponse response)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<?, ?> body = mapper.readValue(payload, Map.class);
    response.getWriter().print(body.size());
  }
}
