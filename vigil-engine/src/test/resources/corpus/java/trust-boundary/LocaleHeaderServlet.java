// vigil-expect: vulnerable cwe=501
// case: the Accept-Language header stored in the session unchecked
package corpus.trust;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LocaleHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String language = req.getHeader("Accept-Language");
    if (language != null && !language.isBlank()) {
      req.getSession().setAttribute("user.locale", language.split(",")[0]);
    }
    resp.sendRedirect("/home");
  }
}
