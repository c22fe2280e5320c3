// vigil-expect: safe cwe=79
// case: Commons Text escapeHtml4
package corpus.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/xss/commons-text")
public class CommonsTextServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String query = request.getParameter("q");
    String safe = StringEscapeUtils.escapeHtml4(query);
    response.getWriter().write("<p>Unknown user: " + safe + "</p>");
  }
}
