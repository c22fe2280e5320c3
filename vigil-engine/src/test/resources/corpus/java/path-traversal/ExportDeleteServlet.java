// vigil-expect: vulnerable cwe=22
// case: the request path info names the export that Files.deleteIfExists removes
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/exports/*")
public class ExportDeleteServlet extends HttpServlet {
  private static final String EXPORT_DIR = "/var/exports";

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo().substring(1);
    boolean deleted = Files.deleteIfExists(Path.of(EXPORT_DIR, name));
    resp.setStatus(deleted ? 204 : 404);
  }
}
