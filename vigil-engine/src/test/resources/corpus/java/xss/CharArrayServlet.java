// vigil-expect: vulnerable cwe=79
// case: value written as a char array
package corpus.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/xss/char-array")
public class CharArrayServlet extends HttpServlet {
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
    PrintWriter out = response.getWriter();
    out.write(("<em>" + query + "</em>").toCharArray());
  }
}
