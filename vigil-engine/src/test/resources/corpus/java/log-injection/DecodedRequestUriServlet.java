// vigil-expect: vulnerable cwe=117
// case: the request URI is URL-decoded before it is logged, so %0D%0A becomes a real line break
package corpus.heldout3.logi;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/files/*")
public class DecodedRequestUriServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(DecodedRequestUriServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = URLDecoder.decode(request.getRequestURI(), StandardCharsets.UTF_8);
    log.info("file not found: {}", path);
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
