// vigil-expect: vulnerable cwe=22
// case: a helper returns the canonical file but nothing checks it against the base folder
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CanonicalWithoutCheckServlet extends HttpServlet {
  private static final File BASE = new File("/srv/docs");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    File doc = canonical(BASE, req.getParameter("doc"));
    // ruleid: java.path-injection
    try (InputStream in = new FileInputStream(doc)) {
      in.transferTo(resp.getOutputStream());
    }
  }

  private static File canonical(File base, String name) throws IOException {
    return new File(base, name).getCanonicalFile();
  }
}
