// vigil-expect: vulnerable cwe=79
// case: an Optional-defaulted error parameter is printed with printf into the error page
package corpus.xss2;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/error-page")
public class ErrorMessagePrintfServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String message = Optional.ofNullable(req.getParameter("message")).orElse("Something went wrong");
    resp.setContentType("text/html");
    PrintWriter out = resp.getWriter();
    out.printf("<div class=\"error\">%s</div>%n", message);
  }
}
