// vigil-expect: safe cwe=501
// case: only the length of the query is stored in the session
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SearchLengthSession extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String query = req.getParameter("q");
    int length = query == null ? 0 : query.length();
    req.getSession().setAttribute("lastQueryLength", length);
    resp.getWriter().print(length);
  }
}
