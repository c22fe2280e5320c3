// vigil-expect: safe cwe=113
// case: String.format builds the header value (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.header;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/format-header")
public class FormatHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = request.getHeader("X-Lang");
    response.setHeader("Link", String.format("<https://example.com/%s>; rel=\"alternate\"", lang));
  }
}
