// vigil-expect: vulnerable cwe=601
// case: sendRedirect with the request value
package corpus.redirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/redirect/send-redirect")
public class SendRedirectServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String next = request.getParameter("next");
    response.sendRedirect(next);
  }
}
