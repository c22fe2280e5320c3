// vigil-expect: safe cwe=22
// case: the path info is parsed as a long id and the file name is built from the number
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/exports-by-id/*")
public class ExportDeleteByIdServlet extends HttpServlet {
  private static final String EXPORT_DIR = "/var/exports";

  @Override
  protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long id;
    try {
      id = Long.parseLong(req.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      resp.sendError(400);
      return;
    }
    boolean deleted = Files.deleteIfExists(Path.of(EXPORT_DIR, "export-" + id + ".csv"));
    resp.setStatus(deleted ? 204 : 404);
  }
}
