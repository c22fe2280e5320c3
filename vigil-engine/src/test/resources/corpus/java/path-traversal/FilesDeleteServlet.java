// vigil-expect: vulnerable cwe=22
// case: Files.delete on a user-chosen path
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/files-delete")
public class FilesDeleteServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String fileName = request.getHeader("X-File");
    Files.deleteIfExists(Paths.get(UPLOAD_DIR, fileName));
    response.setStatus(204);
  }
}
