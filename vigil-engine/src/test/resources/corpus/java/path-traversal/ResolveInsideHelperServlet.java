// vigil-expect: safe cwe=22
// case: a helper canonicalises base/name, rejects what leaves the base and returns the canonical file
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ResolveInsideHelperServlet extends HttpServlet {
  private static final File BASE = new File("/srv/reports");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    File report = resolveInside(BASE, req.getParameter("name"));
    // ok: java.path-injection
    try (InputStream in = new FileInputStream(report)) {
      in.transferTo(resp.getOutputStream());
    }
  }

  private static File resolveInside(File base, String name) throws IOException {
    File candidate = new File(base, name).getCanonicalFile();
    if (!candidate.getPath().startsWith(base.getCanonicalPath() + File.separator)) {
      throw new IOException("outside " + base);
    }
    return candidate;
  }
}
