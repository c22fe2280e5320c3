// vigil-expect: vulnerable cwe=501
// case: value concatenated into a session flag
package corpus.trust;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/trust/concat-value")
public class ConcatValueServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String role = request.getHeader("X-Role");
    String preference = "theme:" + role;
    request.getSession().setAttribute("preference", preference);
    response.setStatus(204);
  }
}
