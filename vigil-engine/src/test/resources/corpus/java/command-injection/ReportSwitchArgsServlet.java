// vigil-expect: safe cwe=78
// case: a switch expression maps the format to constant arguments; unknown formats throw
package corpus.cmdi2;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/reports/render")
public class ReportSwitchArgsServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String format = req.getParameter("format");
    String flag = switch (format) {
      case "pdf" -> "--pdf";
      case "html" -> "--html";
      case "txt" -> "--plain";
      default -> throw new IllegalArgumentException("unsupported format");
    };
    Process p = new ProcessBuilder("/opt/report/bin/render", flag, "/srv/report/latest.xml").start();
    resp.getWriter().print(p.pid());
  }
}
