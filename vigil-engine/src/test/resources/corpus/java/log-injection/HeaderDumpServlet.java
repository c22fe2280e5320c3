// vigil-expect: safe cwe=117
// case: every request header name and value is joined by a stream and logged with Log4j 2 (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi2;

import java.io.IOException;
import java.util.Collections;
import java.util.stream.Collectors;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@WebServlet("/debug/echo")
public class HeaderDumpServlet extends HttpServlet {
  private static final Logger LOGGER = LogManager.getLogger(HeaderDumpServlet.class);

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String headers = Collections.list(req.getHeaderNames()).stream()
        .map(h -> h + "=" + req.getHeader(h))
        .collect(Collectors.joining(", "));
    LOGGER.debug("request headers: " + headers);
    resp.setStatus(204);
  }
}
