// vigil-expect: safe cwe=22
// case: the handler returns early when a helper, holding indexOf("..") != -1 in a final local, says the name climbs
package corpus.guard;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ClimbingNameRejectedServlet extends HttpServlet {
  private final File reports = new File("/var/reports");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("report");
    if (name == null || climbs(name)) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    // ok: java.path-injection
    try (InputStream in = new FileInputStream(new File(reports, name))) {
      in.transferTo(resp.getOutputStream());
    }
  }

  static boolean climbs(String name) {
    final boolean climbing = name.indexOf("..") != -1;
    return climbing;
  }
}
