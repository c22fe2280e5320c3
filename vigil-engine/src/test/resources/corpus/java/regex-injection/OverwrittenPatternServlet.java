// vigil-expect: safe cwe=730
// case: the tainted pattern is overwritten by a constant before it is compiled
package corpus.heldout4.regex;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OverwrittenPatternServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String regex = request.getParameter("regex");
    response.setHeader("X-Requested-Filter", String.valueOf(regex != null));
    regex = "[a-z]+";
    response.getWriter().print(Pattern.compile(regex).matcher("shop").matches());
  }
}
