// vigil-expect: safe cwe=601
// case: constant target; input only logged into a counter
package corpus.redirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/redirect/constant-redirect")
public class ConstantRedirectServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String next = request.getHeader("X-Next");
    int length = next.length();
    response.setIntHeader("X-Next-Length", length);
    response.sendRedirect("/home");
  }
}
