// vigil-expect: vulnerable cwe=601
// case: a suffix does not constrain the target
package corpus.redirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/redirect/suffix-added")
public class SuffixAddedServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String next = request.getHeader("X-Next");
    response.sendRedirect(next + "?welcome=1");
  }
}
