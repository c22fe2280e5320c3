// vigil-expect: safe cwe=22
// case: each requested folder is skipped (continue) when a boolean helper, decoding it first, finds ".." (the helper keeps its answer in a local before returning it)
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SkipDottedLocationsServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger("locations");
  private final File base = new File("/srv/config");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String[] folders = req.getParameterValues("folder");
    for (int i = folders.length; i-- > 0;) {
      String folder = folders[i];
      if (isDottedOrEncodedDotted(folder)) {
        continue;
      }
      // ok: java.path-injection
      try (InputStream in = new FileInputStream(new File(base, folder + "/app.properties"))) {
        in.transferTo(resp.getOutputStream());
        return;
      }
    }
    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  private boolean isDottedOrEncodedDotted(String folder) {
    if (folder.contains("%")) {
      try {
        String decoded = URLDecoder.decode(folder, "UTF-8");
        if (isDotted(decoded)) {
          return true;
        }
      } catch (UnsupportedEncodingException | IllegalArgumentException e) {
        // falls through to the raw check
      }
    }
    return isDotted(folder);
  }

  private boolean isDotted(String value) {
    boolean dotted = value.contains("..");
    if (dotted) {
      LOG.warning("rejected a folder with ..");
    }
    return dotted;
  }
}
