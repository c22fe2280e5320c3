// vigil-expect: safe cwe=22
// case: normalised path must stay under the base path
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/normalize-containment")
public class NormalizeContainmentServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String fileName = request.getParameter("file");
    Path base = Paths.get(UPLOAD_DIR).toAbsolutePath().normalize();
    Path target = base.resolve(fileName).normalize();
    if (!target.startsWith(base)) {
      response.sendError(403);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(target));
  }
}
