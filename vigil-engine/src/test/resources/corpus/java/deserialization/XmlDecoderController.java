// vigil-expect: vulnerable cwe=502
// case: XMLDecoder on the request value
package corpus.deser;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/deser/xml-decoder")
public class XmlDecoderController {
  @PostMapping
  public void handle(@RequestBody String payload, HttpServletResponse response)
      throws IOException {
    try (XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)))) {
      Object settings = decoder.readObject();
      response.getWriter().print(settings != null);
    }
  }
}
