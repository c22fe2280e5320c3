// vigil-expect: safe cwe=730
// case: the request parameter is quoted with Pattern.quote before it is compiled
package corpus.heldout4.regex;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class QuotedPatternServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Pattern pattern = Pattern.compile(Pattern.quote(request.getParameter("text")), Pattern.CASE_INSENSITIVE);
    response.getWriter().print(pattern.matcher("Hello World").find());
  }
}
