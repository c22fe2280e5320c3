// vigil-expect: vulnerable cwe=117
// case: concatenated log message
package corpus.logi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/logi/slf4j-concat")
public class Slf4jConcatServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getParameter("user");
    log.info("Login failed for user " + user);
    response.setStatus(401);
  }
}
