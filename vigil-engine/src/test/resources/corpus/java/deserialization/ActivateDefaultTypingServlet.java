// vigil-expect: vulnerable cwe=502
// case: Jackson activateDefaultTyping with a permissive validator
package corpus.deser;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

@WebServlet("/deser/activate-default-typing")
public class ActivateDefaultTypingServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String payload = request.getHeader("X-State");
    ObjectMapper mapper = new ObjectMapper();
    mapper.activateDefaultTyping(com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator.instance,
        ObjectMapper.DefaultTyping.NON_FINAL);
    response.getWriter().print(mapper.readValue(payload, Object.class) != null);
  }
}
