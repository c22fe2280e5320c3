// vigil-expect: safe cwe=79
// case: the error parameter only selects one of several constant messages
package corpus.xss2;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/error-code")
public class ErrorCodeMessagesServlet extends HttpServlet {
  private static final Map<String, String> MESSAGES = Map.of(
      "expired", "Your session has expired.",
      "denied", "You do not have access to this page.",
      "missing", "The page was not found.");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String message = MESSAGES.getOrDefault(req.getParameter("code"), "Something went wrong");
    resp.setContentType("text/html");
    PrintWriter out = resp.getWriter();
    out.printf("<div class=\"error\">%s</div>%n", message);
  }
}
