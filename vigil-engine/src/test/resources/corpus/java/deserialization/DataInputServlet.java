// vigil-expect: safe cwe=502
// case: DataInputStream reads primitives only
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/deser/data-input")
public class DataInputServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String payload = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("state".equals(cookie.getName())) {
          payload = cookie.getValue();
        }
      }
    }
    java.io.DataInputStream in = new java.io.DataInputStream(
        new ByteArrayInputStream(Base64.getDecoder().decode(payload)));
    response.getWriter().print(in.readInt());
  }
}
