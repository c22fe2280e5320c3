// vigil-expect: safe cwe=502
// case: a codec in another file restricts classes with an ObjectInputFilter
package corpus.deser.codec;

import java.io.IOException;
import java.util.Base64;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CartServlet extends HttpServlet {
  private final CartCodec codec = new CartCodec();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object cart = codec.decode(Base64.getDecoder().decode(request.getParameter("cart")));
    response.getWriter().print(cart != null);
  }
}
