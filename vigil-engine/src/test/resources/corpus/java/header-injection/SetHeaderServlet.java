// vigil-expect: vulnerable cwe=113
// case: response header set from input
package corpus.header;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/set-header")
public class SetHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = request.getParameter("lang");
    response.setHeader("Content-Language", lang);
    response.getWriter().print("ok");
  }
}
