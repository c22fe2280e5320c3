// vigil-expect: vulnerable cwe=22
// case: the bypass OR-ed with the guard is a request parameter, not a configuration flag: ?force=true skips the check
package corpus.guard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RequestForcedBypassServlet extends HttpServlet {
  private final File uploads = new File("/srv/uploads");

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    boolean force = "true".equals(req.getParameter("force"));
    if (!force && !isPlainName(name)) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    // ruleid: java.path-injection
    Files.copy(req.getInputStream(), new File(uploads, name).toPath());
  }

  private static boolean isPlainName(String name) {
    return !name.contains("..") && !name.contains("/");
  }
}
