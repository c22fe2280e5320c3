// vigil-expect: safe cwe=502
// case: Commons IO ValidatingObjectInputStream with an accept list
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
import org.apache.commons.io.serialization.ValidatingObjectInputStream;

@WebServlet("/deser/validating-stream")
public class ValidatingStreamServlet extends HttpServlet {
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
    try (ValidatingObjectInputStream in = new ValidatingObjectInputStream(
        new ByteArrayInputStream(Base64.getDecoder().decode(payload)))) {
      in.accept(java.util.ArrayList.class, String.class);
      response.getWriter().print(in.readObject() != null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
