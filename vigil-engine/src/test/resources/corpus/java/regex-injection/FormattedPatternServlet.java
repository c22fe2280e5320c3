// vigil-expect: vulnerable cwe=730
// case: String.format builds the pattern around the request parameter
package corpus.heldout4.regex;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FormattedPatternServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String word = request.getParameter("word");
    Pattern pattern = Pattern.compile(String.format("(?i)\\b%s\\b", word));
    response.getWriter().print(pattern.matcher("The quick brown fox").find());
  }
}
