// vigil-expect: safe cwe=117
// case: error log with the value and an exception (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/logi/error-with-throwable")
public class ErrorWithThrowableServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("user".equals(cookie.getName())) {
          user = cookie.getValue();
        }
      }
    }
    log.error("Import failed for file " + user, new IllegalStateException("bad header"));
  }
}
