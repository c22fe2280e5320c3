// vigil-expect: vulnerable cwe=502
// case: Java serialization of a base64 request value
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/deser/object-input-stream")
public class ObjectInputStreamServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String payload = request.getParameter("state");
    byte[] bytes = Base64.getDecoder().decode(payload);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      Object cart = in.readObject();
      response.getWriter().print(cart.getClass().getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
