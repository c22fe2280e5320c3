// vigil-expect: safe cwe=730
// case: only a parsed number from the request goes into the pattern's repetition count
package corpus.heldout4.regex;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ParsedLengthServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int digits = Integer.parseInt(request.getParameter("digits"));
    Pattern pin = Pattern.compile("\\d{" + digits + "}");
    response.getWriter().print(pin.matcher("123456").matches());
  }
}
