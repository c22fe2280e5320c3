// vigil-expect: safe cwe=113
// case: setIntHeader with a parsed value
package corpus.header;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/int-header")
public class IntHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = request.getHeader("X-Lang");
    response.setIntHeader("X-Page", Integer.parseInt(lang));
  }
}
