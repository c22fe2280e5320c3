// vigil-expect: safe cwe=117
// case: the User-Agent is logged only when it matches a printable-characters pattern, else a constant
package corpus.logi2;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@WebServlet("/debug/agent")
public class UserAgentPatternServlet extends HttpServlet {
  private static final Logger LOGGER = LogManager.getLogger(UserAgentPatternServlet.class);
  private static final Pattern PRINTABLE = Pattern.compile("^[\\w./;:,() -]{1,200}$");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String agent = req.getHeader("User-Agent");
    String shown = agent != null && PRINTABLE.matcher(agent).matches() ? agent : "<unprintable>";
    LOGGER.info("client agent: {}", shown);
    resp.setStatus(204);
  }
}
