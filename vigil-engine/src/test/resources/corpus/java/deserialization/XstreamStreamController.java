// vigil-expect: vulnerable cwe=502
// case: XStream reads the request body
package corpus.deser;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import com.thoughtworks.xstream.XStream;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/deser/xstream-stream")
public class XstreamStreamController {
  @PostMapping
  public void handle(@CookieValue("state") String payload, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object order = new XStream().fromXML(request.getInputStream());
    response.getWriter().print(order != null && payload != null);
  }
}
