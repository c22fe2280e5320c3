// vigil-expect: safe cwe=501
// case: session gets the map entry holding a constant
package corpus.trust;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/trust/map-other-key")
public class MapOtherKeyServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String role = request.getParameter("role");
    Map<String, String> attrs = new HashMap<>();
    attrs.put("requested", role);
    attrs.put("granted", "viewer");
    request.getSession().setAttribute("role", attrs.get("granted"));
  }
}
