// vigil-expect: safe cwe=117
// case: the raw query string is logged; getQueryString is not decoded, so %0A stays three characters
package corpus.heldout3.logi;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

@WebServlet("/search-raw")
public class RawQueryStringServlet extends HttpServlet {
  private static final Log LOG = LogFactory.getLog(RawQueryStringServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String query = request.getQueryString();
    LOG.info("search with query " + query);
    response.setStatus(204);
  }
}
