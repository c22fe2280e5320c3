// vigil-expect: vulnerable cwe=22
// case: the loop skips folders a helper calls suspicious, but the helper only looks for '%' escapes, so a plain ../ still climbs out
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SkipEncodedOnlyServlet extends HttpServlet {
  private final File base = new File("/srv/config");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    for (String folder : req.getParameterValues("folder")) {
      if (isSuspicious(folder)) {
        continue;
      }
      // ruleid: java.path-injection
      try (InputStream in = new FileInputStream(new File(base, folder + "/app.properties"))) {
        in.transferTo(resp.getOutputStream());
        return;
      }
    }
    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  private boolean isSuspicious(String folder) {
    boolean encoded = folder.contains("%");
    return encoded;
  }
}
