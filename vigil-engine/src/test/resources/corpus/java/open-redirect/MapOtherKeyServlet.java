// vigil-expect: safe cwe=601
// case: redirect uses the key holding a constant
package corpus.redirect;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/redirect/map-other-key")
public class MapOtherKeyServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String next = request.getParameter("next");
    Map<String, String> targets = new HashMap<>();
    targets.put("requested", next);
    targets.put("default", "/dashboard");
    response.sendRedirect(targets.get("default"));
  }
}
