// vigil-expect: vulnerable cwe=79
// case: String.format puts the value in a link
package corpus.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/xss/format-anchor")
public class FormatAnchorServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String query = request.getHeader("X-Q");
    response.getWriter().println(String.format("<a href='%s'>back</a>", query));
  }
}
