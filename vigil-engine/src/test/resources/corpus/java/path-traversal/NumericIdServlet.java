// vigil-expect: safe cwe=22
// case: only a parsed number names the file
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/numeric-id")
public class NumericIdServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String fileName = request.getHeader("X-File");
    int reportId = Integer.parseInt(fileName);
    Path report = Paths.get("/var/app/reports", "report-" + reportId + ".pdf");
    response.getOutputStream().write(Files.readAllBytes(report));
  }
}
