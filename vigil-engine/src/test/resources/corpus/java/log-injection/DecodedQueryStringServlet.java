// vigil-expect: vulnerable cwe=117
// case: the raw query string is URL-decoded before logging, which turns %0A into a line break
package corpus.heldout3.logi;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/search-decoded")
public class DecodedQueryStringServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(DecodedQueryStringServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String query = URLDecoder.decode(request.getQueryString(), "UTF-8");
    log.info("search: " + query);
    response.setStatus(204);
  }
}
