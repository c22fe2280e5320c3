// vigil-expect: safe cwe=79
// case: OWASP Encoder forHtmlContent
package corpus.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

@WebServlet("/xss/encode-content")
public class EncodeContentServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String query = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("q".equals(cookie.getName())) {
          query = cookie.getValue();
        }
      }
    }
    response.getWriter().println("<p>" + Encode.forHtmlContent(query) + "</p>");
  }
}
