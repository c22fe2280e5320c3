// vigil-expect: vulnerable cwe=502
// case: a Base64 cookie value is deserialised with ObjectInputStream
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CookieSerializedCart extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Cookie[] cookies = req.getCookies();
    if (cookies == null) return;
    for (Cookie cookie : cookies) {
      if (!"cart".equals(cookie.getName())) continue;
      byte[] bytes = Base64.getDecoder().decode(cookie.getValue());
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        Object cart = in.readObject();
        resp.getWriter().print(cart);
      } catch (ClassNotFoundException e) {
        resp.sendError(400);
      }
    }
  }
}
