// vigil-expect: vulnerable cwe=730
// case: the prefix from the request is concatenated into an anchored pattern
package corpus.heldout4.regex;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class PrefixConcatServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String prefix = request.getParameter("prefix");
    Matcher matcher = Pattern.compile("^" + prefix + "-\\d+$").matcher("INV-2026");
    response.getWriter().print(matcher.matches());
  }
}
