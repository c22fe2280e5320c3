// vigil-expect: safe cwe=117
// case: the request URI is logged; the container keeps it percent-encoded, so it holds no CR or LF
package corpus.heldout3.logi;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/reports/*")
public class RequestUriAccessServlet extends HttpServlet {
  private static final Logger LOG = LoggerFactory.getLogger(RequestUriAccessServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.info("report requested: {}", request.getRequestURI());
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
