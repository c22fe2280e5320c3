package fixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** Downloads a saved report. */
public class ReportServlet extends HttpServlet {
  private static final File REPORTS = new File("/srv/reports");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    File report = new File(REPORTS, name);
    Files.copy(report.toPath(), response.getOutputStream());
  }
}
