// vigil-expect: vulnerable cwe=22
// case: the throwing validator rejects only absolute paths, so "../" still escapes
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class AbsoluteOnlyValidatorServlet extends HttpServlet {
  private static final File BASE = new File("/srv/docs");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String doc = req.getParameter("doc");
    requireRelative(doc);
    // ruleid: java.path-injection
    try (InputStream in = new FileInputStream(new File(BASE, doc))) {
      in.transferTo(resp.getOutputStream());
    }
  }

  private static void requireRelative(String doc) throws IOException {
    if (doc.startsWith("/") || doc.startsWith("\\")) {
      throw new IOException("absolute path");
    }
  }
}
