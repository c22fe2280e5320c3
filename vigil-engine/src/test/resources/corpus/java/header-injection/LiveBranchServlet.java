// vigil-expect: safe cwe=113
// case: always-true constant condition keeps the tainted value (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.header;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/live-branch")
public class LiveBranchServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("lang".equals(cookie.getName())) {
          lang = cookie.getValue();
        }
      }
    }
    String value = "en";
    if ((7 * 42) - 86 > 200) {
      value = lang;
    }
    response.setHeader("Content-Language", value);
  }
}
