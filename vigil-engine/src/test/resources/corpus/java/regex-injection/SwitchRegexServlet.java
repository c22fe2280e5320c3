// vigil-expect: safe cwe=730
// case: a switch on the parameter selects one of the application's constant patterns
package corpus.heldout4.regex;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SwitchRegexServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String regex = switch (request.getParameter("kind")) {
      case "email" -> "[^@\\s]+@[^@\\s]+";
      case "date" -> "\\d{4}-\\d{2}-\\d{2}";
      default -> "\\w+";
    };
    response.getWriter().print("2026-12-06".matches(regex));
  }
}
