// vigil-expect: safe cwe=22
// case: an inherited boolean helper compares canonical files with Path.startsWith; the upload is written only when it holds
package corpus.guard;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DescendantCheckUploadServlet extends HttpServlet {
  private final File root = new File("/srv/uploads");

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    File target = new File(root, req.getPathInfo());
    if (!isDescendantOfRoot(target)) {
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    // ok: java.path-injection
    try (OutputStream out = new FileOutputStream(target)) {
      req.getInputStream().transferTo(out);
    }
  }

  protected boolean isDescendantOfRoot(File f) throws IOException {
    File dst = root.getCanonicalFile();
    File child = f.getCanonicalFile();
    return child.toPath().startsWith(dst.toPath());
  }
}
