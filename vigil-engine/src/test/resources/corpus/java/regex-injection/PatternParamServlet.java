// vigil-expect: vulnerable cwe=730
// case: a request parameter is compiled as the pattern that filters product names
package corpus.heldout4.regex;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/products/filter")
public class PatternParamServlet extends HttpServlet {
  private static final List<String> PRODUCTS = List.of("apple", "banana", "cherry");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Pattern pattern = Pattern.compile(request.getParameter("pattern"));
    for (String product : PRODUCTS) {
      if (pattern.matcher(product).find()) response.getWriter().println(product);
    }
  }
}
