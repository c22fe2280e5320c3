// vigil-expect: vulnerable cwe=501
// case: list from the value stored in the session
package corpus.trust;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/trust/split-list")
public class SplitListServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String role = request.getHeader("X-Role");
    request.getSession().setAttribute("filters", java.util.Arrays.asList(role.split(",")));
  }
}
