// vigil-expect: vulnerable cwe=730
// case: the separator of String.split comes from the request
package corpus.heldout4.regex;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SplitSeparatorServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String line = "a,b;c d";
    String separator = request.getParameter("separator");
    String[] fields = line.split(separator);
    response.getWriter().print(fields.length);
  }
}
