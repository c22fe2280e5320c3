// vigil-expect: safe cwe=22
// case: commons-lang StringUtils.contains rejects ".." and separators before the name is read
package corpus.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang3.StringUtils;

public class StaticContainsRejectServlet extends HttpServlet {
  private static final Path LOGS = Path.of("/var/log/app");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("log");
    if (StringUtils.contains(name, "..") || StringUtils.contains(name, "/")) {
      resp.sendError(400);
      return;
    }
    // ok: java.path-injection
    resp.getOutputStream().write(Files.readAllBytes(LOGS.resolve(name)));
  }
}
