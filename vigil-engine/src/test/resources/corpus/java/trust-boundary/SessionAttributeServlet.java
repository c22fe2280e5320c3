// vigil-expect: vulnerable cwe=501
// case: request value stored in the session
package corpus.trust;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/trust/session-attribute")
public class SessionAttributeServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String role = request.getParameter("role");
    HttpSession session = request.getSession();
    session.setAttribute("role", role);
    response.sendRedirect("/dashboard");
  }
}
