// vigil-expect: safe cwe=79
// case: page number parsed before being printed
package corpus.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/xss/numeric-page")
public class NumericPageServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String query = request.getHeader("X-Q");
    int page = Integer.parseInt(query);
    response.getWriter().println("<p>Page " + page + "</p>");
  }
}
