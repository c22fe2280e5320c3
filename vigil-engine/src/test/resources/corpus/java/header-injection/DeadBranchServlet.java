// vigil-expect: safe cwe=113
// case: tainted value only in the dead else branch
package corpus.header;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/dead-branch")
public class DeadBranchServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = request.getParameter("lang");
    String value;
    if ((7 * 42) - 86 > 200) {
      value = "en";
    } else {
      value = lang;
    }
    response.setHeader("Content-Language", value);
  }
}
