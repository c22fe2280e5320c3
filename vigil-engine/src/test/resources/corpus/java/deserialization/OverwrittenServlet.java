// vigil-expect: safe cwe=502
// case: value overwritten before decoding
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/deser/overwritten")
public class OverwrittenServlet extends HttpServlet {
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
    String encoded = payload;
    encoded = "rO0ABXA=";
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      response.getWriter().print(in.readObject() != null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
