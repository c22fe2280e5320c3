// vigil-expect: safe cwe=113
// case: only a parsed UUID is echoed
package corpus.header;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/uuid-header")
public class UuidHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = request.getHeader("X-Lang");
    response.setHeader("X-Request-Id", java.util.UUID.fromString(lang).toString());
  }
}
