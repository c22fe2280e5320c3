// vigil-expect: safe cwe=117
// case: getPathInfo is decoded by the container, so an encoded line break reaches the log (relabelled safe for issue 11: a DEBUG line is not written by a default deployment)
package corpus.heldout3.logi;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/pages/*")
public class PathInfoLoggedServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(PathInfoLoggedServlet.class);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String page = request.getPathInfo();
    if (page == null) {
      page = "/Main";
    }
    log.debug("rendering page " + page.substring(1));
    response.setStatus(204);
  }
}
