// vigil-expect: safe cwe=502
// case: Gson into a map
package corpus.deser;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import com.google.gson.Gson;

@WebServlet("/deser/gson-dto")
public class GsonDtoServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String payload = request.getParameter("state");
    Map<?, ?> prefs = new Gson().fromJson(payload, Map.class);
    response.getWriter().print(prefs.size());
  }
}
