// vigil-expect: vulnerable cwe=22
// case: the skip is inverted: folders WITHOUT ".." are skipped, so only the climbing ones reach the file read
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class InvertedSkipServlet extends HttpServlet {
  private final File base = new File("/srv/config");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    for (String folder : req.getParameterValues("folder")) {
      if (!hasDots(folder)) {
        continue;
      }
      // ruleid: java.path-injection
      try (InputStream in = new FileInputStream(new File(base, folder))) {
        in.transferTo(resp.getOutputStream());
      }
    }
  }

  private boolean hasDots(String folder) {
    boolean dots = folder.contains("..");
    return dots;
  }
}
