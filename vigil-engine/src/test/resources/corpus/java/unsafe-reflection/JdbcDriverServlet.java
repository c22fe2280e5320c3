// vigil-expect: safe cwe=470
// case: Class.forName loads a constant JDBC driver; the request only supplies a search term
package corpus.heldout3.refl;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/legacy-search")
public class JdbcDriverServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String term = request.getParameter("q");
    try {
      Class.forName("org.h2.Driver");
    } catch (ClassNotFoundException e) {
      response.sendError(500);
      return;
    }
    response.getWriter().print(term == null ? 0 : term.length());
  }
}
