// vigil-expect: vulnerable cwe=502
// case: Jackson with default typing enabled
package corpus.deser;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

@WebServlet("/deser/jackson-default-typing")
public class JacksonDefaultTypingServlet extends HttpServlet {
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
    ObjectMapper mapper = new ObjectMapper();
    mapper.enableDefaultTyping();
    Object value = mapper.readValue(payload, Object.class);
    response.getWriter().print(value.getClass().getName());
  }
}
